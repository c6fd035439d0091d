using System.Text;
using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Architecture;

/// <summary>
/// Writes a model's architecture diagram as inline SVG. Colours come from CSS classes
/// (theme/assets/css, "Figures"); frozen blocks are dashed and say "frozen" in words.
/// </summary>
public static class ArchitectureSvg
{
    public static string Write(ArchitectureDiagram diagram, string id, string modelName)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"architecture\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.Num(diagram.Width)}\" height=\"{Svg.Num(diagram.Height)}\" viewBox=\"0 0 {Svg.Num(diagram.Width)} {Svg.Num(diagram.Height)}\" font-size=\"{Svg.Num(ArchitectureLayout.FontSize)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n");
        svg.Append($"<title id=\"{id}-title\">Architecture of {Svg.Text(modelName)}</title>\n");
        svg.Append($"<desc id=\"{id}-desc\">{Svg.Text(Describe(diagram))}</desc>\n");
        svg.Append($"<defs><marker id=\"{id}-arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"arch-arrowhead\" d=\"M0,1 L10,5 L0,9 z\"/></marker></defs>\n");
        foreach (var arrow in diagram.Arrows)
            svg.Append($"<line class=\"arch-arrow\" x1=\"{Svg.Num(arrow.X1)}\" y1=\"{Svg.Num(arrow.Y1)}\" x2=\"{Svg.Num(arrow.X2)}\" y2=\"{Svg.Num(arrow.Y2)}\" marker-end=\"url(#{id}-arrowhead)\"/>\n");
        foreach (var block in diagram.Blocks)
        {
            svg.Append($"<g class=\"arch-block {Svg.Text(block.Role)}{(block.Frozen ? " frozen" : "")}\">");
            svg.Append($"<rect x=\"{Svg.Num(block.Box.Left)}\" y=\"{Svg.Num(block.Box.Top)}\" width=\"{Svg.Num(block.Box.Width)}\" height=\"{Svg.Num(block.Box.Height)}\" rx=\"6\"/>");
            foreach (var (text, kind, box) in block.Lines)
                svg.Append($"<text class=\"arch-{kind}\" x=\"{Svg.Num(box.CenterX)}\" y=\"{Svg.Num(box.Bottom)}\" text-anchor=\"middle\"{(kind == "name" ? "" : $" font-size=\"{Svg.Num(box.Height)}\"")}>{Svg.Text(text)}</text>");
            svg.Append("</g>\n");
        }
        foreach (var terminal in diagram.Terminals)
            svg.Append($"<text class=\"arch-terminal\" x=\"{Svg.Num(terminal.Box.CenterX)}\" y=\"{Svg.Num(terminal.Box.CenterY)}\" dy=\"0.35em\" text-anchor=\"middle\">{Svg.Text(terminal.Label)}</text>\n");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The diagram in words, bottom to top, for screen readers.</summary>
    public static string Describe(ArchitectureDiagram diagram) =>
        string.Join("; ", diagram.Blocks.AsEnumerable().Reverse().Select(b =>
            b.Label + (b.Detail is null ? "" : $" ({b.Detail})") + (b.Frozen ? ", frozen" : ""))) + ".";
}
