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
    public bool AnyOverlaps(Box box) =>
        CellsOf(box).Any(cell => (_boxes.TryGetValue(cell, out var boxes) && boxes.Any(box.Overlaps))
            || (_segments.TryGetValue(cell, out var segments) && segments.Any(box.Overlaps)));

    /// <summary>True when the segment crosses a box already added other than <paramref name="except"/> (the box it starts from).</summary>
    public bool AnyCrossedBy(Segment segment, Box except) =>
        CellsOf(segment.Bounds).Any(cell => _boxes.TryGetValue(cell, out var boxes) && boxes.Any(b => b != except && b.Overlaps(segment)));

    private void File<T>(Dictionary<(int X, int Y), List<T>> cells, Box bounds, T item)
    {
        foreach (var cell in CellsOf(bounds))
        {
            if (!cells.TryGetValue(cell, out var items)) cells[cell] = items = [];
            items.Add(item);
        }
    }

    // Two shapes that share area share a cell, since each is filed under every cell its bounds touch.
    private IEnumerable<(int X, int Y)> CellsOf(Box box)
    {
        for (var x = Cell(box.Left); x <= Cell(box.Right); x++)
        {
            for (var y = Cell(box.Top); y <= Cell(box.Bottom); y++) yield return (x, y);
        }
    }

    private int Cell(double coordinate) => (int)Math.Floor(coordinate / cellSize);
}
