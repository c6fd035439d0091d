using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Atlas.Site.Model;

/// <summary>JSON written the same way everywhere: UTF-8 text, characters kept readable (files are not embedded in HTML), a final newline.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented, NewLine = "\n" }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
