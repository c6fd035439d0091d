using Atlas.Site.Figures.Drawing;
using Atlas.Site.Model;

namespace Atlas.Site.Figures.Taxonomy;

/// <summary>One of ViLT's three parts drawn as a bar whose height is its relative size.</summary>
public sealed record CategoryBar(string Short, string Part, int Size, Box Box, Box LabelBox);

/// <summary>How big the bars are drawn: the taxonomy panels and the infobox glyph use the same shape at two sizes.</summary>
public sealed record BarMetrics(double BarWidth, double Gap, double Unit, double FontSize)
{
    public static readonly BarMetrics Panel = new(34, 14, 18, 12);
    public static readonly BarMetrics Glyph = new(5, 2, 4, 0);

    /// <summary>Room under the bars for their labels (none when the font size is 0, as in the glyph).</summary>
    public double LabelHeight => FontSize > 0 ? FontSize * 1.6 : 0;
}

/// <summary>
/// The ViLT figure's geometry (Kim et al. 2021, Figure 2): visual embedder, text embedder and
/// modality interaction side by side, standing on one baseline, each as tall as its size in
/// categories.yaml. Pure: the SVG writers only print what this returns.
/// </summary>
public static class CategoryBars
{
    public static readonly IReadOnlyList<(string Short, string Part)> Parts =
        [("VE", "visual embedder"), ("TE", "text embedder"), ("MI", "modality interaction")];

    /// <param name="maxSize">The largest size of any category, so every panel shares one scale.</param>
    public static IReadOnlyList<CategoryBar> Layout(Category category, int maxSize, BarMetrics m)
    {
        var sizes = new[] { category.Ve, category.Te, category.Mi };
        var baseline = maxSize * m.Unit;
        return Parts.Select((p, i) =>
        {
            var left = i * (m.BarWidth + m.Gap);
            var height = sizes[i] * m.Unit;
            var labelWidth = TextWidth.Of(p.Short, m.FontSize);
            var label = new Box(left + (m.BarWidth - labelWidth) / 2, baseline + (m.LabelHeight - m.FontSize) / 2, labelWidth, m.FontSize);
            return new CategoryBar(p.Short, p.Part, sizes[i], new Box(left, baseline - height, m.BarWidth, height), label);
        }).ToList();
    }

    public static double Width(BarMetrics m) => Parts.Count * m.BarWidth + (Parts.Count - 1) * m.Gap;

    public static double Height(int maxSize, BarMetrics m) => maxSize * m.Unit + m.LabelHeight;

    /// <summary>What the bars say, in words: "visual embedder 3, text embedder 1, modality interaction 1 (of 3)".</summary>
    public static string Describe(Category category, int maxSize) =>
        category.Ve + category.Te + category.Mi == 0
            ? "no relative sizes: the model fits none of the four categories"
            : $"visual embedder {category.Ve}, text embedder {category.Te}, modality interaction {category.Mi} (of {maxSize})";

    public static int MaxSize(IEnumerable<Category> categories) =>
        categories.Select(c => Math.Max(c.Ve, Math.Max(c.Te, c.Mi))).DefaultIfEmpty(1).Max() is var max and > 0 ? max : 1;
}
