using Atlas.Site.Model;

namespace Atlas.Site.Figures.Taxonomy;

/// <summary>A category of the taxonomy with the models filed under it, oldest first.</summary>
public sealed record TaxonomyPanel(Category Category, IReadOnlyList<ModelRow> Models);

/// <summary>The taxonomy figure: one panel per category that has sizes, and the models that fit none of them apart.</summary>
public sealed record TaxonomyFigure(IReadOnlyList<TaxonomyPanel> Panels, IReadOnlyList<TaxonomyPanel> Apart, int MaxSize);

/// <summary>Files every model of the atlas under its ViLT category, in categories.yaml's order.</summary>
public static class TaxonomyLayout
{
    public static TaxonomyFigure Layout(IReadOnlyList<Category> categories, IReadOnlyList<ModelRow> rows)
    {
        var panels = categories.Select(c => new TaxonomyPanel(c, rows.Where(r => r.Category.Id == c.Id).OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).ToList())).ToList();
        // A category with no sizes at all (none) is not a shape to draw: its models are listed apart.
        static bool Drawn(TaxonomyPanel p) => p.Category.Ve + p.Category.Te + p.Category.Mi > 0;
        return new TaxonomyFigure(panels.Where(Drawn).ToList(), panels.Where(p => !Drawn(p)).ToList(), CategoryBars.MaxSize(categories));
    }
}
