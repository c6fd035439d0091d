using System.Text;
using System.Xml;

namespace Atlas.Site.Modules.Feeds;

/// <summary>XML files written the same way everywhere: UTF-8 without BOM, two-space indent, LF line ends.</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
