using Atlas.Engine.Diagnostics;
using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

/// <summary>A YAML syntax error says what the author most likely got wrong, at the parser's position, with the parser's own words after.</summary>
public class YamlSyntaxHintTests
{
    [Theory]
    [InlineData("title: CLIP: Learning\n", 1, "a ': ' here reads as a new key: put the value in quotes")]
    [InlineData("a: 1\n\tb: 2\n", 2, "a tab indents this line")]
    [InlineData("a:\n  b: 1\n   c: 2\n", 3, "a ': ' here reads as a new key")]
    [InlineData("a:\n  - x\n - y\n", 3, "the indentation is off")]
    [InlineData("title: \"unclosed\nnext: 1\n", 1, "a quote is never closed")]
    [InlineData("tags: [a, b\n", 2, "a '[' is not closed")]
    public void A_common_mistake_gets_a_plain_hint_at_its_line(string yaml, int line, string hint)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlReader.Read(yaml, "f.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("ATL1001", line), (error.Code.Id, error.Line));
        Assert.StartsWith("invalid YAML: " + hint, error.Message);
        Assert.Contains("(the parser: ", error.Message);
    }
}
