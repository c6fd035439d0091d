namespace Atlas.Site.Drawing;

/// <summary>
/// Boxes filed under the grid cells they cover, so that asking whether a box overlaps any of
/// them looks at its neighbours only: placing labels among thousands of points then grows with
/// the number of points, not with its square.
/// </summary>
public sealed class BoxGrid(double cellSize)
{
    private readonly Dictionary<(int X, int Y), List<Box>> _cells = [];

    public void Add(Box box)
    {
        foreach (var cell in CellsOf(box))
        {
            if (!_cells.TryGetValue(cell, out var boxes)) _cells[cell] = boxes = [];
            boxes.Add(box);
        }
    }

    /// <summary>True when the box overlaps one already added (as <see cref="Box.Overlaps(Box)"/> decides).</summary>
    public bool AnyOverlaps(Box box)
    {
        foreach (var cell in CellsOf(box))
        {
            if (_cells.TryGetValue(cell, out var boxes) && boxes.Any(box.Overlaps)) return true;
        }
        return false;
    }

    // Two boxes that share area share a cell, since each is filed under every cell it touches.
    private IEnumerable<(int X, int Y)> CellsOf(Box box)
    {
        for (var x = Cell(box.Left); x <= Cell(box.Right); x++)
        {
            for (var y = Cell(box.Top); y <= Cell(box.Bottom); y++) yield return (x, y);
        }
    }

    private int Cell(double coordinate) => (int)Math.Floor(coordinate / cellSize);
}
