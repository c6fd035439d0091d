namespace Atlas.Site.Figures.Drawing;

/// <summary>
/// How wide a label will be, without a font at build time. The advance widths are those of
/// DejaVu Sans Bold, among the widest sans-serif faces a reader's system-ui falls back to, so
/// the estimate errs on the wide side and boxes placed apart stay apart on screen.
/// </summary>
public static class TextWidth
{
    private const string Ascii = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static readonly double[] AsciiEm =
    [
        0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.380, 0.415, 0.380, 0.365,
        0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.400, 0.400, 0.838, 0.838, 0.838, 0.580,
        1.000, 0.774, 0.762, 0.734, 0.830, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.850,
        0.733, 0.850, 0.770, 0.720, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.500,
        0.500, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687,
        0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
    ];

    /// <summary>Anything outside ASCII (arrows, accents, CJK) counts as one full em.</summary>
    private const double OtherEm = 1.0;

    /// <summary>The height of a line of text: every figure's labels and titles are boxed with it.</summary>
    public static double LineHeight(double fontSize) => fontSize * 1.3;

    public static double Of(string text, double fontSize) =>
        text.Sum(c => Ascii.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? AsciiEm[i] : OtherEm) * fontSize;
}
