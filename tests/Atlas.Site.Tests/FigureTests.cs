using Atlas.Site.Figures.Drawing;
using Atlas.Site.Figures.Architecture;
using Atlas.Site.Figures.Taxonomy;

namespace Atlas.Site.Tests;

/// <summary>The taxonomy figure and the architecture diagrams: their geometry on the real atlas, and the pages that show them.</summary>
public class FigureTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    [Fact]
    public void Every_model_appears_exactly_once_in_the_taxonomy_figure_under_its_own_category()
    {
        var figure = TaxonomyLayout.Layout(atlas.Table.Vocabulary.Categories, atlas.Rows);

        var placed = figure.Panels.Concat(figure.Apart).SelectMany(p => p.Models.Select(m => (Model: m.Id, Category: p.Category.Id))).ToList();
        Assert.Equal(atlas.Rows.Select(r => r.Id).Order(StringComparer.Ordinal), placed.Select(p => p.Model).Order(StringComparer.Ordinal));
        Assert.All(placed, p => Assert.Equal(atlas.Table.Find(p.Model)!.Category.Id, p.Category));
        Assert.Equal(new[] { "a", "b", "c", "d" }, figure.Panels.Select(p => p.Category.Id));
        Assert.Equal(new[] { "none" }, figure.Apart.Select(p => p.Category.Id));
    }

    [Fact]
    public void Bars_are_as_tall_as_their_sizes_on_one_baseline_and_their_labels_do_not_overlap()
    {
        var categories = atlas.Table.Vocabulary.Categories;
        var max = CategoryBars.MaxSize(categories);
        var b = categories.Single(c => c.Id == "b");

        var bars = CategoryBars.Layout(b, max, BarMetrics.Panel);

        Assert.Equal(new[] { b.Ve * BarMetrics.Panel.Unit, b.Te * BarMetrics.Panel.Unit, b.Mi * BarMetrics.Panel.Unit }, bars.Select(x => x.Box.Height));
        Assert.Single(bars.Select(x => x.Box.Bottom).Distinct());
        Geometry.AssertDisjoint(bars.Select(x => ($"bar {x.Short}", x.Box)).Concat(bars.Select(x => ($"label {x.Short}", x.LabelBox))).ToList());
        var drawing = new Box(0, 0, CategoryBars.Width(BarMetrics.Panel), CategoryBars.Height(max, BarMetrics.Panel));
        Assert.All(bars, x => Assert.True(drawing.Contains(x.Box) && drawing.Contains(x.LabelBox), $"{x.Short} leaves the drawing"));
    }

    [Fact]
    public void Every_architecture_keeps_its_blocks_apart_its_labels_inside_and_marks_what_the_row_freezes()
    {
        foreach (var row in atlas.Rows)
        {
            var diagram = ArchitectureLayout.Layout(row);

            var frozen = row["frozen"] as IReadOnlyList<string> ?? [];
            Assert.Equal(frozen.Order(StringComparer.Ordinal), diagram.Blocks.Where(b => b.Frozen).Select(b => b.Role).Order(StringComparer.Ordinal));
            Assert.All(diagram.Blocks.Where(b => b.Frozen), b => Assert.Contains(b.Lines, l => l.Text == "frozen"));
            Geometry.AssertDisjoint(diagram.Blocks.Select(b => ($"{row.Id} {b.Role}", b.Box)).Concat(diagram.Terminals.Select(t => ($"{row.Id} {t.Label}", t.Box))).ToList());
            var drawing = new Box(0, 0, diagram.Width, diagram.Height);
            foreach (var block in diagram.Blocks)
            {
                Assert.True(drawing.Contains(block.Box), $"{row.Id}: {block.Role} leaves the drawing");
                Assert.All(block.Lines, l => Assert.True(block.Box.Contains(l.Box), $"{row.Id}: \"{l.Text}\" leaves the {block.Role} block"));
                Geometry.AssertDisjoint(block.Lines.Select(l => ($"{row.Id} {l.Text}", l.Box)).ToList());
            }
        }
    }

    [Fact]
    public void A_dual_encoder_meets_in_a_dot_product_and_a_multimodal_llm_ends_in_a_language_model()
    {
        var clip = ArchitectureLayout.Layout(atlas.Table.Find("clip")!);
        var blip2 = ArchitectureLayout.Layout(atlas.Table.Find("blip-2")!);

        Assert.Equal(new[] { "Dot product", "Image encoder", "Text encoder" }, clip.Blocks.Select(b => b.Label));
        Assert.Equal(new[] { "Language model", "Q-Former", "Image encoder" }, blip2.Blocks.Select(b => b.Label));
        Assert.Contains(blip2.Terminals, t => t.Label == "Generated text");
    }

    [Fact]
    public async Task The_taxonomy_page_draws_the_four_panels_with_every_model_linked_and_model_pages_draw_their_architecture()
    {
        using var site = TestSite.Complete();
        site.Write("data/models.yaml", File.ReadAllText(Path.Combine(site.Input, "data", "models.yaml")).Replace("family: dual-encoder\n", "family: dual-encoder\n  frozen: [visual]\n"));
        Assert.True((await site.BuildAsync()).Succeeded);

        var taxonomy = Parse(site.ReadOutput("taxonomy/index.html"));
        var figure = taxonomy.QuerySelector("figure.taxonomy-figure")!;
        Assert.Equal(4, figure.QuerySelectorAll(".taxonomy-panel svg.vilt-bars[role=img] title").Length);
        Assert.Equal(new[] { "/models/alpha/" }, figure.QuerySelectorAll("#taxonomy-b ~ .taxonomy-models a").Select(a => a.GetAttribute("href")));
        Assert.Equal(new[] { "/models/beta/" }, figure.QuerySelectorAll(".taxonomy-apart .taxonomy-models a").Select(a => a.GetAttribute("href")));

        var alpha = Parse(site.ReadOutput("models/alpha/index.html"));
        var svg = alpha.QuerySelector("figure.architecture-figure svg.architecture")!;
        Assert.Equal("Architecture of Alpha", svg.QuerySelector("title")!.TextContent);
        Assert.Equal("frozen", svg.QuerySelector(".arch-block.visual.frozen .arch-frozen-label")!.TextContent);
        Assert.Equal(3, alpha.QuerySelectorAll(".infobox a[href$='taxonomy/#taxonomy-b'] svg.vilt-glyph[aria-hidden=true] rect").Length);
        var beta = Parse(site.ReadOutput("models/beta/index.html"));
        Assert.Empty(beta.QuerySelectorAll(".arch-block.frozen"));
        Assert.Empty(beta.QuerySelectorAll(".infobox svg.vilt-glyph"));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    [Fact]
    public void The_timeline_runs_its_lanes_in_the_order_of_families_yaml_with_the_llm_lane_last()
    {
        var families = atlas.Table.Vocabulary.Families;
        var lanes = Templates.ModelView.Lanes(atlas.Table.Vocabulary);

        Assert.Equal(families.OrderBy(f => f.Lane).Select(f => f.Id), lanes.Select(l => l.Key.Replace("-detector", "").Replace("-patch", "")).Distinct());
        Assert.Equal("llm-based", lanes[^1].Key);
    }

    [Fact]
    public async Task Timeline_nodes_take_their_family_colour_and_a_legend_names_every_family()
    {
        using var site = TestSite.Complete();
        Assert.True((await site.BuildAsync()).Succeeded);

        var timeline = Parse(site.ReadOutput("timeline/index.html"));
        Assert.Equal("--family: #2b6cb0", timeline.QuerySelector(".tl-node[data-id=alpha] .tl-dot")!.GetAttribute("style"));
        Assert.Equal(timeline.QuerySelectorAll(".tl-legend li").Length, timeline.QuerySelectorAll(".tl-legend .tl-swatch[style^='--family: #']").Length);
        Assert.Contains("Dual encoder", timeline.QuerySelectorAll(".tl-legend li").Select(li => li.TextContent));
    }
}
