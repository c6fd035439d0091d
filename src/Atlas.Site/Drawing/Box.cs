namespace Atlas.Site.Drawing;

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

    /// <summary>True when a horizontal or vertical segment passes through the box (seen as a box of zero width or height).</summary>
    public bool Overlaps(Segment segment) =>
        Overlaps(new Box(Math.Min(segment.X1, segment.X2), Math.Min(segment.Y1, segment.Y2), Math.Abs(segment.X2 - segment.X1), Math.Abs(segment.Y2 - segment.Y1)));

    public bool Contains(Box other) =>
        other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    public Box Inflate(double by) => new(Left - by, Top - by, Width + 2 * by, Height + 2 * by);

    /// <summary>The point of the box nearest to (x, y): where a leader line from a point meets its label.</summary>
    public (double X, double Y) NearestPointTo(double x, double y) =>
        (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));
}

/// <summary>A straight line between two points.</summary>
public readonly record struct Segment(double X1, double Y1, double X2, double Y2);
