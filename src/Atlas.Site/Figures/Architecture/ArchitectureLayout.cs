using Atlas.Site.Figures.Drawing;
using Atlas.Site.Model;

namespace Atlas.Site.Figures.Architecture;

/// <summary>A part of a model drawn as a labelled block; <paramref name="Frozen"/> when the row lists it as kept frozen.</summary>
public sealed record ArchitectureBlock(string Role, string Label, string? Detail, Box Box, bool Frozen)
{
    /// <summary>The lines written in the block, centred, each with the box it takes: its name, the detail from the row, "frozen".</summary>
    public IReadOnlyList<(string Text, string Kind, Box Box)> Lines
    {
        get
        {
            var lines = new List<(string Text, string Kind, double Size)> { (ArchitectureLayout.Fit(Label, ArchitectureLayout.FontSize, Box.Width), "name", ArchitectureLayout.FontSize) };
            if (Detail is not null) lines.Add((ArchitectureLayout.Fit(Detail, ArchitectureLayout.DetailFontSize, Box.Width), "detail", ArchitectureLayout.DetailFontSize));
            if (Frozen) lines.Add(("frozen", "frozen-label", ArchitectureLayout.DetailFontSize));
            var lineHeight = ArchitectureLayout.FontSize * 1.25;
            var top = Box.CenterY - lines.Count * lineHeight / 2;
            return lines.Select((l, i) =>
            {
                var width = TextWidth.Of(l.Text, l.Size);
                return (l.Text, l.Kind, new Box(Box.CenterX - width / 2, top + i * lineHeight + (lineHeight - l.Size) / 2, width, l.Size));
            }).ToList();
        }
    }
}

/// <summary>An input or output named beside the blocks (Image, Text, Generated text).</summary>
public sealed record ArchitectureTerminal(string Label, Box Box);

/// <summary>A model's architecture: blocks, the inputs and output, and arrows between them (bottom to top).</summary>
public sealed record ArchitectureDiagram(
    IReadOnlyList<ArchitectureBlock> Blocks, IReadOnlyList<ArchitectureTerminal> Terminals, IReadOnlyList<Segment> Arrows,
    double Width, double Height);

/// <summary>
/// Draws a model's architecture from its row: an image tower and a text tower standing on their
/// inputs, and above them what the family makes of the two (a dot product, fusion layers, shared
/// layers with modality experts, a decoder, a language model). Tower heights follow the row's ViLT
/// category where it has sizes. Pure: the SVG writer only prints what this returns.
/// </summary>
public static class ArchitectureLayout
{
    public const double Width = 340;
    public const double FontSize = 12;
    public const double DetailFontSize = 10.5;
    private const double Margin = 10, ColumnGap = 20, TerminalHeight = 18, Unit = 24, ArrowGap = 16, BlockFloor = 48;
    private static readonly double ColumnWidth = (Width - 2 * Margin - ColumnGap) / 2;

    public static ArchitectureDiagram Layout(ModelRow row)
    {
        var frozen = row["frozen"] as IReadOnlyList<string> ?? [];
        var fusion = row.Fusion ?? "";
        var family = row.Family.Id;
        var llm = family == "llm-based";
        // Relative sizes from the category where it has them; otherwise a middling tower each.
        var sized = row.Category.Ve + row.Category.Te + row.Category.Mi > 0;
        var (ve, te, mi) = sized ? (row.Category.Ve, row.Category.Te, row.Category.Mi) : (2, llm ? 0 : 2, 2);

        var blocks = new List<ArchitectureBlock>();
        var arrows = new List<Segment>();
        var terminals = new List<ArchitectureTerminal>();
        var left = Margin;
        var right = Margin + ColumnWidth + ColumnGap;
        var full = Width - 2 * Margin;

        // Built top-down in rows of (x, width, height) then placed from the bottom: inputs, towers, then the stack above.
        var stack = new List<(string Role, string Label, string? Detail, double X, double W, double H, bool Frozen)>();
        switch (family)
        {
            case "dual-encoder":
                stack.Add(("fusion", fusion.Contains("dot product", StringComparison.OrdinalIgnoreCase) ? "Dot product" : "Similarity score", null, Width / 2 - 60, 120, BlockFloor * 0.8, false));
                break;
            case "fusion-encoder":
                stack.Add(("fusion", FusionLabel(fusion), null, left, full, Height(mi), false));
                break;
            case "unified":
                stack.Add(("fusion", "Vision-language experts", "shared self-attention", left, full, Height(mi), false));
                break;
            case "encoder-decoder":
                stack.Add(("decoder", "Text decoder", null, left, full, Height(2), false));
                stack.Add(("fusion", FusionLabel(fusion), null, left, full, Height(mi), false));
                break;
            case "llm-based":
                stack.Add(("llm", "Language model", Detail(row.Text), left, full, Height(3), frozen.Contains("llm")));
                // Wide enough for its name, short of the text's arrow that passes it on the right.
                stack.Add(("connector", ConnectorLabel(fusion), null, left, ColumnWidth * 1.5 + ColumnGap - 20, BlockFloor, false));
                break;
            default:
                stack.Add(("fusion", FusionLabel(fusion), null, left, full, Height(mi), false));
                break;
        }

        var unified = family == "unified";
        var imageLabel = row.Detector ? "Object detector" : unified ? "Vision experts" : "Image encoder";
        var textLabel = unified ? "Language experts" : te <= 1 && sized ? "Text embedder" : "Text encoder";
        var towerHeight = Math.Max(Height(ve), Height(te));
        var y = 0.0;
        // The output (if the model generates text) sits on top.
        var generates = family is "encoder-decoder" or "llm-based";
        if (generates)
        {
            terminals.Add(new ArchitectureTerminal("Generated text", new Box(Width / 2 - 50, y, 100, TerminalHeight)));
            y += TerminalHeight + ArrowGap;
        }
        var stackTops = new List<ArchitectureBlock>();
        foreach (var s in stack)
        {
            var block = new ArchitectureBlock(s.Role, s.Label, s.Detail, new Box(s.X, y, s.W, s.H), s.Frozen);
            blocks.Add(block);
            stackTops.Add(block);
            y += s.H + ArrowGap;
        }
        var towersTop = y;
        var image = new ArchitectureBlock("visual", imageLabel, Detail(row.Visual), new Box(left, towersTop + towerHeight - Height(ve), ColumnWidth, Height(ve)), frozen.Contains("visual"));
        blocks.Add(image);
        ArchitectureBlock? text = null;
        if (!llm)
        {
            text = new ArchitectureBlock("text", textLabel, Detail(row.Text), new Box(right, towersTop + towerHeight - Height(te), ColumnWidth, Height(te)), frozen.Contains("text"));
            blocks.Add(text);
        }
        y = towersTop + towerHeight + ArrowGap;
        var imageIn = new ArchitectureTerminal("Image", new Box(left, y, ColumnWidth, TerminalHeight));
        var textIn = new ArchitectureTerminal("Text", new Box(right, y, ColumnWidth, TerminalHeight));
        terminals.Add(imageIn);
        terminals.Add(textIn);
        var height = y + TerminalHeight + Margin;

        // Arrows run upwards: inputs into towers, towers into the block above them, each block into the next.
        arrows.Add(Up(imageIn.Box.CenterX, imageIn.Box.Top, image.Box.Bottom));
        if (text is not null) arrows.Add(Up(textIn.Box.CenterX, textIn.Box.Top, text.Box.Bottom));
        var lowest = stackTops[^1];
        arrows.Add(Into(image.Box, lowest.Box));
        if (text is not null) arrows.Add(Into(text.Box, lowest.Box));
        if (llm)
        {
            // The text goes straight into the language model, past the connector.
            arrows.Add(Up(textIn.Box.CenterX, textIn.Box.Top, stackTops[0].Box.Bottom));
        }
        for (var i = stackTops.Count - 1; i > 0; i--)
            arrows.Add(Up(stackTops[i].Box.CenterX, stackTops[i].Box.Top, stackTops[i - 1].Box.Bottom));
        if (generates) arrows.Add(Up(stackTops[0].Box.CenterX, stackTops[0].Box.Top, terminals[0].Box.Bottom));

        return new ArchitectureDiagram(blocks, terminals, arrows, Width, height);
    }

    /// <summary>The text cut, with an ellipsis, to fit a block of the given width with a little padding each side.</summary>
    public static string Fit(string text, double fontSize, double width)
    {
        var room = width - 12;
        if (TextWidth.Of(text, fontSize) <= room) return text;
        while (text.Length > 1 && TextWidth.Of(text + "…", fontSize) > room) text = text[..^1].TrimEnd();
        return text + "…";
    }

    private static double Height(int size) => Math.Max(BlockFloor, size * Unit);

    private static Segment Up(double x, double from, double to) => new(x, from, x, to);

    /// <summary>From the top of a block to the bottom of the one above, straight up where it lies under it, slanting in where it does not.</summary>
    private static Segment Into(Box from, Box to) => new(from.CenterX, from.Top, Math.Clamp(from.CenterX, to.Left + 12, to.Right - 12), to.Bottom);

    private static string FusionLabel(string fusion) =>
        Has(fusion, "cross-attention", "cross-attend", "co-attention", "cross-modal", "cross-modality") ? "Cross-attention layers"
        : Has(fusion, "single-stream") ? "Single-stream Transformer"
        : Has(fusion, "encoder") ? "Multimodal encoder"
        : "Fusion layers";

    private static string ConnectorLabel(string fusion) =>
        Has(fusion, "Q-Former") ? "Q-Former"
        : Has(fusion, "gated") ? "Gated cross-attention"
        : Has(fusion, "linear projection") ? "Linear projection"
        : "Connector";

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The row's description up to its first parenthesis, comma or semicolon: "ViT-L/14@336px". The frozen line says "frozen".</summary>
    private static string? Detail(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var cut = description.IndexOfAny(['(', ',', ';']);
        var text = (cut > 0 ? description[..cut] : description).Trim();
        return text.StartsWith("frozen ", StringComparison.OrdinalIgnoreCase) ? text[7..] : text;
    }
}
