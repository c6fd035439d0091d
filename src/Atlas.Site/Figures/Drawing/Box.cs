namespace Atlas.Site.Figures.Drawing;

/// <summary>An axis-aligned rectangle in SVG user units (y grows downwards).</summary>
public readonly record struct Box(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;
    public double Bottom => Top + Height;
    public double CenterX => Left + Width / 2;
    public double CenterY => Top + Height / 2;

    public static Box Around(double centerX, double centerY, double radius) =>
        new(centerX - radius, centerY - radius, 2 * radius, 2 * radius);

    /// <summary>True when the two share some area; boxes that only touch along an edge do not overlap.</summary>
    public bool Overlaps(Box other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    /// <summary>
    /// True when the segment passes through the inside of the box; one that only runs along an edge
    /// or touches a corner does not. The segment is clipped to the box (Liang-Barsky), and the
    /// middle of what is left must lie inside.
    /// </summary>
    public bool Overlaps(Segment segment)
    {
        var (dx, dy) = (segment.X2 - segment.X1, segment.Y2 - segment.Y1);
        double enter = 0, leave = 1;
        if (!Clip(-dx, segment.X1 - Left, ref enter, ref leave) || !Clip(dx, Right - segment.X1, ref enter, ref leave)
            || !Clip(-dy, segment.Y1 - Top, ref enter, ref leave) || !Clip(dy, Bottom - segment.Y1, ref enter, ref leave)) return false;
        var middle = (enter + leave) / 2;
        var (x, y) = (segment.X1 + dx * middle, segment.Y1 + dy * middle);
        return Left < x && x < Right && Top < y && y < Bottom;
    }

    /// <summary>One edge's step of Liang-Barsky: narrows [enter, leave] to the part of the segment inside that edge; false when nothing is left.</summary>
    private static bool Clip(double p, double q, ref double enter, ref double leave)
    {
        if (p == 0) return q >= 0;
        var t = q / p;
        if (p < 0) enter = Math.Max(enter, t);
        else leave = Math.Min(leave, t);
        return enter <= leave;
    }

    public bool Contains(Box other) =>
        other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    public Box Inflate(double by) => new(Left - by, Top - by, Width + 2 * by, Height + 2 * by);

    /// <summary>The point of the box nearest to (x, y): where a leader line from a point meets its label.</summary>
    public (double X, double Y) NearestPointTo(double x, double y) =>
        (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));
}

/// <summary>A straight line between two points.</summary>
public readonly record struct Segment(double X1, double Y1, double X2, double Y2)
{
    /// <summary>The smallest box holding the segment.</summary>
    public Box Bounds => new(Math.Min(X1, X2), Math.Min(Y1, Y2), Math.Abs(X2 - X1), Math.Abs(Y2 - Y1));
}
