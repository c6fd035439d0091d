using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Atlas.Site.Markdown.Math;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Parse;

namespace Atlas.Site.Tests;

/// <summary>
/// Formulas become MathML at build time, in RenderMarkdown (run alone, through <see cref="ModuleHarness"/>).
/// Math/ holds frozen copies of three concept pages (wiki links turned into their labels), so a
/// later edit of input/ cannot change what these tests check.
/// </summary>
public class MathTests
{
    private static readonly HtmlParser Html = new();
    private static readonly string Frozen = Path.Combine(TestSite.RepositoryRoot, "tests", "Atlas.Site.Tests", "Math");

    /// <summary>The frozen page <paramref name="name"/> (or the text given) as RenderMarkdown writes it: the formulas are its work alone.</summary>
    private static async Task<IElement> RenderedAsync(string name, string? text = null)
    {
        var run = await ModuleHarness.RunAsync(
            [ModuleHarness.Page($"input/concepts/{name}.md", text ?? File.ReadAllText(Path.Combine(Frozen, name + ".md")))],
            new ParseFrontMatter(), new RenderMarkdown());
        Assert.Empty(run.Diagnostics);
        return Html.ParseDocument(run.Single().Content).Body!;
    }

    [Fact]
    public async Task The_contrastive_loss_is_displayed_MathML_with_its_fractions_and_sums()
    {
        var main = await RenderedAsync("itc");

        var display = Assert.Single(main.QuerySelectorAll("div.math > math"));
        Assert.Equal("block", display.GetAttribute("display"));
        // Three aligned rows: the two directions, then their average.
        Assert.Equal(3, display.QuerySelectorAll("mtable > mtr").Length);
        Assert.Equal(["ℒi2t", "ℒt2i", "ℒitc"], display.QuerySelectorAll("mtr > mtd:first-child msub").Select(m => m.TextContent));
        // In each direction, exp(s_ii / tau) over a sum of exp over the batch.
        var directions = display.QuerySelectorAll("mfrac").Where(f => f.Children[0].QuerySelector("msub")?.TextContent == "sii").ToList();
        Assert.Equal(2, directions.Count);
        Assert.All(directions, f => Assert.Contains("τ", f.Children[0].TextContent));
        Assert.All(directions, f => Assert.StartsWith("∑j=1N", f.Children[1].QuerySelector("msubsup")!.TextContent));
        Assert.Equal(["∑i=1N", "∑i=1N"], display.QuerySelectorAll("munderover").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Inline_formulas_are_inline_MathML_and_no_dollar_is_left()
    {
        foreach (var page in new[] { "itc", "momentum-distillation", "sigmoid-loss" })
        {
            var main = await RenderedAsync(page);
            Assert.DoesNotContain("$", main.TextContent);
            var inline = main.QuerySelectorAll("p math, li math").ToList();
            Assert.NotEmpty(inline);
            Assert.All(inline, math => Assert.Null(math.GetAttribute("display")));
        }
        var symbol = (await RenderedAsync("itc")).QuerySelector("p math")!;
        Assert.Equal("<msub><mi>s</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub>", symbol.InnerHtml);
    }

    [Fact]
    public async Task The_distillation_blend_and_the_sigmoid_loss_keep_their_structure()
    {
        var blend = (await RenderedAsync("momentum-distillation")).QuerySelectorAll("div.math > math").First();
        Assert.StartsWith("ℒitcmod=(1−α)ℒitc+α2", blend.TextContent);
        Assert.Contains("KL(qi2t‖pi2t)", blend.TextContent);

        var sigmoid = (await RenderedAsync("sigmoid-loss")).QuerySelector("div.math > math")!;
        Assert.Equal("block", sigmoid.GetAttribute("display"));
        Assert.Contains("log\u2061σ(zij(txi⋅yj+b))", sigmoid.TextContent);
        Assert.Equal("zij", sigmoid.QuerySelectorAll("msub").Select(m => m.TextContent).Single(t => t.StartsWith('z')));
    }

    [Fact]
    public async Task Dollars_that_are_not_formulas_stay_text_and_inline_double_dollars_display()
    {
        var main = await RenderedAsync("itm",
            "---\nid: itm\ntitle: Image-text matching\naliases: [ITM]\nsummary: A yes/no match head.\n---\nBetween $5 and $10 a run, or \\$x\\$ escaped. In a paragraph: $$\\frac{a}{b}$$ displayed.\n");
        var paragraph = main.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Between", StringComparison.Ordinal));
        Assert.StartsWith("Between $5 and $10 a run, or $x$ escaped.", paragraph.TextContent);
        var displayed = Assert.Single(paragraph.QuerySelectorAll("span.math > math"));
        Assert.Equal("block", displayed.GetAttribute("display"));
        Assert.Equal("ab", displayed.QuerySelector("mfrac")!.TextContent);
    }

    [Theory]
    [InlineData(@"\href{javascript:alert(1)}{x}")]
    [InlineData(@"\url{javascript:alert(1)}")]
    [InlineData(@"\htmlClass{x}{y}")]
    [InlineData(@"\class{x}{y}")]
    [InlineData(@"\style{background:url(javascript:alert(1))}{x}")]
    [InlineData(@"\includegraphics{javascript:alert(1)}")]
    [InlineData(@"\ref{javascript:alert(1)}")]
    [InlineData(@"\begin{equation}x\label{top}\end{equation}")]
    public void TeX_that_would_write_links_or_HTML_is_refused(string tex)
    {
        foreach (var display in new[] { false, true })
        {
            var rendered = Temml.Render(new Formula(tex, display));
            Assert.Null(rendered.MathML);
            Assert.False(string.IsNullOrWhiteSpace(rendered.Error));
            Assert.DoesNotContain('\n', rendered.Error);
        }
    }

    [Fact]
    public void Formulas_rendered_at_once_on_many_threads_each_get_their_own_MathML()
    {
        var numbers = Enumerable.Range(0, 64).ToArray();
        var rendered = new string?[numbers.Length];
        Parallel.ForEach(numbers, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => rendered[i] = Temml.Render(new Formula($"x_{{{i}}} + \\frac{{{i}}}{{n}}", i % 2 == 0)).MathML);
        foreach (var i in numbers)
        {
            Assert.Equal(2, rendered[i]!.Split($"<mn>{i}</mn>").Length - 1);
            Assert.Equal(i % 2 == 0, rendered[i]!.Contains("display=\"block\"", StringComparison.Ordinal));
        }
    }
}
