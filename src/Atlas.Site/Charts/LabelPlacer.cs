using Atlas.Site.Drawing;

namespace Atlas.Site.Charts;

/// <summary>A label to put beside a point: the point's centre and radius, and the label's size.</summary>
public sealed record LabelRequest(double X, double Y, double Radius, double Width, double Height);

/// <summary>Where a label went; <c>Leader</c> is true when it sits far enough from its point to need a line to it.</summary>
public sealed record PlacedLabel(Box Box, bool Leader);

/// <summary>
/// Greedy label placement, as leaderboards' state-of-the-art charts do it: each label, in the
/// order given (most important first), takes the cheapest spot around its point that stays in
/// the bounds and touches no point and no label placed before it. Near spots cost less than
/// far ones, and crossing a line (a soft obstacle) costs about one step further out. A label
/// that finds no spot is left out (null) rather than drawn over another.
/// </summary>
public static class LabelPlacer
{
    private static readonly double[] Rings = [0, 10, 22, 36, 52];

    /// <summary>Right, left, above, below, then the diagonals: unit directions of a label from its point.</summary>
    private static readonly (double Dx, double Dy)[] Directions =
        [(1, 0), (-1, 0), (0, -1), (0, 1), (0.7, -0.7), (0.7, 0.7), (-0.7, -0.7), (-0.7, 0.7)];

    private const double Spacing = 1;
    private const double Gap = 3;

    /// <summary>About the size of a label, so a candidate spot is checked against the few boxes near it.</summary>
    private const double CellSize = 32;

    public static IReadOnlyList<PlacedLabel?> Place(IReadOnlyList<LabelRequest> requests, Box bounds, IReadOnlyList<Segment> softObstacles)
    {
        var taken = new BoxGrid(CellSize);
        foreach (var r in requests) taken.Add(Box.Around(r.X, r.Y, r.Radius).Inflate(Spacing));
        var placed = new List<PlacedLabel?>();
        foreach (var request in requests)
        {
            var best = Candidates(request)
                .Where(c => bounds.Contains(c.Box) && !taken.AnyOverlaps(c.Box))
                .Select(c => (c.Box, c.Ring, Cost: c.Ring * 10 + c.Direction + (softObstacles.Any(s => c.Box.Overlaps(s)) ? 12 : 0)))
                .OrderBy(c => c.Cost)
                .Select(c => (PlacedLabel?)new PlacedLabel(c.Box, c.Ring > 0))
                .FirstOrDefault();
            if (best is not null) taken.Add(best.Box.Inflate(Spacing));
            placed.Add(best);
        }
        return placed;
    }

    private static IEnumerable<(Box Box, int Ring, int Direction)> Candidates(LabelRequest r)
    {
        for (var ring = 0; ring < Rings.Length; ring++)
        {
            var distance = r.Radius + Gap + Rings[ring];
            for (var direction = 0; direction < Directions.Length; direction++)
            {
                var (dx, dy) = Directions[direction];
                // The label's edge nearest the point sits at the given distance in that direction.
                var left = dx > 0 ? r.X + dx * distance : dx < 0 ? r.X + dx * distance - r.Width : r.X - r.Width / 2;
                var top = dy > 0 ? r.Y + dy * distance : dy < 0 ? r.Y + dy * distance - r.Height : r.Y - r.Height / 2;
                yield return (new Box(left, top, r.Width, r.Height), ring, direction);
            }
        }
    }
}
