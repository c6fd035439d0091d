using System.Globalization;
using System.Net;

namespace Atlas.Site.Figures.Drawing;

/// <summary>The few pieces every SVG writer needs: numbers written the same on every machine, and escaped text.</summary>
public static class Svg
{
    /// <summary>A coordinate with at most one decimal, invariant culture: small files, byte-identical rebuilds. Adding 0.0 turns -0 into 0.</summary>
    public static string Num(double value) => (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Text(string text) => WebUtility.HtmlEncode(text);
}
