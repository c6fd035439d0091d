using System.Text;
using Atlas.Site.Figures.Drawing;
using Atlas.Site.Model;

namespace Atlas.Site.Figures.Taxonomy;

/// <summary>
/// Writes the taxonomy figure and the small category glyph as HTML with inline SVG. Colours come
/// from CSS classes (theme/assets/css, "Figures"), so both follow light and dark mode.
/// </summary>
public static class TaxonomySvg
{
    /// <summary>The panels, each with its bars and its models as links, then the models that fit none apart.</summary>
    public static string Figure(TaxonomyFigure figure, Func<ModelRow, string> href)
    {
        var html = new StringBuilder();
        var count = figure.Panels.Sum(p => p.Models.Count) + figure.Apart.Sum(p => p.Models.Count);
        html.Append("<figure class=\"taxonomy-figure\" aria-labelledby=\"taxonomy-figure-caption\">\n");
        html.Append($"<figcaption id=\"taxonomy-figure-caption\">The four categories of ViLT (Kim et al. 2021, Figure 2), each with the relative sizes of its visual embedder (VE), text embedder (TE) and modality interaction (MI), and the {count} models of the atlas under their category.</figcaption>\n");
        html.Append("<div class=\"taxonomy-panels\">\n");
        foreach (var panel in figure.Panels)
        {
            html.Append($"<section class=\"taxonomy-panel\" aria-labelledby=\"taxonomy-{Svg.Text(panel.Category.Id)}\">\n");
            html.Append($"<h2 id=\"taxonomy-{Svg.Text(panel.Category.Id)}\">{Svg.Text(panel.Category.Name)}</h2>\n");
            html.Append(Panel(panel.Category, figure.MaxSize)).Append('\n');
            Models(html, panel, href);
            html.Append("</section>\n");
        }
        html.Append("</div>\n");
        foreach (var apart in figure.Apart)
        {
            html.Append($"<section class=\"taxonomy-apart\" aria-labelledby=\"taxonomy-{Svg.Text(apart.Category.Id)}\">\n");
            html.Append($"<h2 id=\"taxonomy-{Svg.Text(apart.Category.Id)}\">{Svg.Text(apart.Category.Name)}</h2>\n");
            html.Append($"<p>{Svg.Text(apart.Category.Description)}</p>\n");
            Models(html, apart, href);
            html.Append("</section>\n");
        }
        return html.Append("</figure>").ToString();
    }

    /// <summary>A category's bars at the panel size, labelled VE, TE, MI, with its sizes in words for screen readers.</summary>
    public static string Panel(Category category, int maxSize)
    {
        var m = BarMetrics.Panel;
        var bars = CategoryBars.Layout(category, maxSize, m);
        var width = CategoryBars.Width(m);
        var height = CategoryBars.Height(maxSize, m);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"vilt-bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.Num(width)}\" height=\"{Svg.Num(height)}\" viewBox=\"0 0 {Svg.Num(width)} {Svg.Num(height)}\" font-size=\"{Svg.Num(m.FontSize)}\" role=\"img\" aria-label=\"{Svg.Text($"{category.Name}: {CategoryBars.Describe(category, maxSize)}")}\">");
        svg.Append($"<title>{Svg.Text(CategoryBars.Describe(category, maxSize))}</title>");
        Bars(svg, bars, width, maxSize * m.Unit);
        foreach (var bar in bars)
            svg.Append($"<text class=\"vilt-label\" x=\"{Svg.Num(bar.Box.CenterX)}\" y=\"{Svg.Num(bar.LabelBox.Bottom)}\" text-anchor=\"middle\">{bar.Short}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The same bars a few pixels high, to stand beside a category's name; the name says it in words, so the glyph is hidden from screen readers.</summary>
    public static string Glyph(Category category, int maxSize)
    {
        var m = BarMetrics.Glyph;
        var width = CategoryBars.Width(m);
        var height = CategoryBars.Height(maxSize, m);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"vilt-glyph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.Num(width)}\" height=\"{Svg.Num(height)}\" viewBox=\"0 0 {Svg.Num(width)} {Svg.Num(height)}\" aria-hidden=\"true\" focusable=\"false\">");
        Bars(svg, CategoryBars.Layout(category, maxSize, m), width, height);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Each category's glyph once, as an SVG symbol (<c>#vilt-glyph-&lt;id&gt;</c>) that <see cref="GlyphUse"/> draws
    /// again: a table of thousands of models repeats a few bytes per row, not the bars. Categories without sizes have none.
    /// </summary>
    public static string GlyphSymbols(IReadOnlyList<Category> categories)
    {
        var m = BarMetrics.Glyph;
        var maxSize = CategoryBars.MaxSize(categories);
        var (width, height) = (CategoryBars.Width(m), CategoryBars.Height(maxSize, m));
        var svg = new StringBuilder("<svg class=\"vilt-symbols\" xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">");
        foreach (var category in categories.Where(HasBars))
        {
            svg.Append($"<symbol id=\"vilt-glyph-{Svg.Text(category.Id)}\" viewBox=\"0 0 {Svg.Num(width)} {Svg.Num(height)}\">");
            Bars(svg, CategoryBars.Layout(category, maxSize, m), width, height);
            svg.Append("</symbol>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A category's glyph drawn from its symbol (see <see cref="GlyphSymbols"/>), hidden from screen readers like <see cref="Glyph"/>; empty for a category without sizes.</summary>
    public static string GlyphUse(Category category, IReadOnlyList<Category> categories)
    {
        if (!HasBars(category)) return "";
        var m = BarMetrics.Glyph;
        var (width, height) = (CategoryBars.Width(m), CategoryBars.Height(CategoryBars.MaxSize(categories), m));
        return $"<svg class=\"vilt-glyph\" width=\"{Svg.Num(width)}\" height=\"{Svg.Num(height)}\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#vilt-glyph-{Svg.Text(category.Id)}\"/></svg>";
    }

    /// <summary>A category with relative sizes (not "none"), whose bars can be drawn.</summary>
    public static bool HasBars(Category category) => category.Ve + category.Te + category.Mi > 0;

    private static void Bars(StringBuilder svg, IReadOnlyList<CategoryBar> bars, double width, double baseline)
    {
        foreach (var bar in bars.Where(b => b.Size > 0))
            svg.Append($"<rect class=\"vilt-bar {bar.Short.ToLowerInvariant()}\" x=\"{Svg.Num(bar.Box.Left)}\" y=\"{Svg.Num(bar.Box.Top)}\" width=\"{Svg.Num(bar.Box.Width)}\" height=\"{Svg.Num(bar.Box.Height)}\"/>");
        svg.Append($"<line class=\"vilt-base\" x1=\"0\" y1=\"{Svg.Num(baseline)}\" x2=\"{Svg.Num(width)}\" y2=\"{Svg.Num(baseline)}\"/>");
    }

    private static void Models(StringBuilder html, TaxonomyPanel panel, Func<ModelRow, string> href)
    {
        html.Append("<ul class=\"taxonomy-models\">");
        foreach (var row in panel.Models)
            html.Append($"<li><a href=\"{Svg.Text(href(row))}\">{Svg.Text(row.Name)}</a> <span class=\"muted\">{row.Date.Year}</span></li>");
        html.Append("</ul>\n");
    }
}
