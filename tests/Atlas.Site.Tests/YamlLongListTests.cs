using System.Text;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

/// <summary>
/// A long top-level list (models.yaml of a large atlas) is read in parallel runs of items; what
/// comes out, positions and problems included, is what one pass over the file gives.
/// </summary>
public class YamlLongListTests
{
    private const int Rows = 5000;

    /// <summary>A header comment, then <see cref="Rows"/> rows of 5 lines each: row i starts at line 3 + 5i.</summary>
    private static string LongList(Func<int, string>? extra = null)
    {
        var text = new StringBuilder("# rows, oldest first\n\n");
        for (var i = 0; i < Rows; i++)
            text.Append($"- id: model-{i}\n  name: \"Model {i}: a long name\"\n  tags: [a, b]\n  params: {i}M\n{extra?.Invoke(i) ?? "  note: plain\n"}");
        return text.ToString();
    }

    [Fact]
    public void Every_row_is_read_in_order_with_the_line_and_column_it_was_written_at()
    {
        var diagnostics = new DiagnosticBag();

        var list = Assert.IsType<YamlSequence>(YamlReader.Read(LongList(), "models.yaml", diagnostics));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(Rows, list.Items.Count);
        Assert.Equal(new SourcePosition(3, 1), list.Position);
        foreach (var i in new[] { 0, 1, 1499, 2222, 4001, Rows - 1 })
        {
            var row = Assert.IsType<YamlMapping>(list.Items[i]);
            Assert.Equal($"model-{i}", ((YamlScalar)row["id"]!).Value);
            Assert.Equal(new SourcePosition(3 + 5 * i, 3), row.Position);
            Assert.Equal(new SourcePosition(4 + 5 * i, 9), row["name"]!.Position);
        }
    }

    [Fact]
    public void A_problem_deep_in_the_list_is_reported_once_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlReader.Read(LongList(i => i == 2500 ? "  params: again\n" : "  note: plain\n"), "models.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((7 + 5 * 2500, 3), (error.Line, error.Column));
        Assert.Contains("duplicate key 'params'", error.Message);
    }

    [Fact]
    public void A_quote_left_open_in_one_row_is_one_syntax_error_from_that_row_on()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlReader.Read(LongList(i => i == 1200 ? "  note: \"never closed\n" : "  note: plain\n"), "models.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("ATL1001", error.Code.Id);
        Assert.InRange(error.Line, 7 + 5 * 1200, 7 + 5 * 1201);
    }
}
