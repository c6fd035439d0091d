namespace Atlas.Site.Figures.Drawing;

/// <summary>
/// Boxes and line segments filed under the grid cells they cover, so that asking whether a box
/// overlaps any of them looks at its neighbours only: placing labels among thousands of points
/// then grows with the number of points, not with its square.
/// </summary>
public sealed class BoxGrid(double cellSize)
{
    private readonly Dictionary<(int X, int Y), List<Box>> _boxes = [];
    private readonly Dictionary<(int X, int Y), List<Segment>> _segments = [];

    public void Add(Box box) => File(_boxes, box, box);

    /// <summary>A line that no box may cross (a chart's best-so-far line, a label's leader).</summary>
    public void Add(Segment segment) => File(_segments, segment.Bounds, segment);

    /// <summary>True when the box overlaps a box already added, or a segment crosses it (as <see cref="Box.Overlaps(Box)"/> and <see cref="Box.Overlaps(Segment)"/> decide).</summary>
    public bool AnyOverlaps(Box box)
    {
        // Loops, not LINQ: a dense chart asks this hundreds of thousands of times per build.
        for (var x = Cell(box.Left); x <= Cell(box.Right); x++)
        {
            for (var y = Cell(box.Top); y <= Cell(box.Bottom); y++)
            {
                if (_boxes.TryGetValue((x, y), out var boxes))
                {
                    foreach (var other in boxes)
                    {
                        if (box.Overlaps(other)) return true;
                    }
                }
                if (_segments.TryGetValue((x, y), out var segments))
                {
                    foreach (var segment in segments)
                    {
                        if (box.Overlaps(segment)) return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>True when the segment crosses a box already added other than <paramref name="except"/> (the box it starts from).</summary>
    public bool AnyCrossedBy(Segment segment, Box except)
    {
        var bounds = segment.Bounds;
        for (var x = Cell(bounds.Left); x <= Cell(bounds.Right); x++)
        {
            for (var y = Cell(bounds.Top); y <= Cell(bounds.Bottom); y++)
            {
                if (!_boxes.TryGetValue((x, y), out var boxes)) continue;
                foreach (var other in boxes)
                {
                    if (other != except && other.Overlaps(segment)) return true;
                }
            }
        }
        return false;
    }

    private void File<T>(Dictionary<(int X, int Y), List<T>> cells, Box bounds, T item)
    {
        // Two shapes that share area share a cell, since each is filed under every cell its bounds touch.
        for (var x = Cell(bounds.Left); x <= Cell(bounds.Right); x++)
        {
            for (var y = Cell(bounds.Top); y <= Cell(bounds.Bottom); y++)
            {
                if (!cells.TryGetValue((x, y), out var items)) cells[(x, y)] = items = [];
                items.Add(item);
            }
        }
    }

    private int Cell(double coordinate) => (int)Math.Floor(coordinate / cellSize);
}
