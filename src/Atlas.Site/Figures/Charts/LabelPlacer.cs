using Atlas.Site.Figures.Drawing;

namespace Atlas.Site.Figures.Charts;

/// <summary>A label to put beside a point: the point's centre and radius, and the label's size.</summary>
public sealed record LabelRequest(double X, double Y, double Radius, double Width, double Height);

/// <summary>Where a label went; <c>Leader</c>, when the label sits far enough from its point to need one, is the line drawn to it.</summary>
public sealed record PlacedLabel(Box Box, Segment? Leader);

/// <summary>
/// Greedy label placement, as leaderboards' state-of-the-art charts do it: each label, in the
/// order given (most important first), takes the nearest spot around its point that stays in
/// the bounds and touches no point, no line and no label or leader placed before it; a label set
/// apart from its point gets a leader that crosses no point or label either. A label that finds
/// no spot is left out (null) rather than drawn over something.
/// </summary>
public static class LabelPlacer
{
    private static readonly double[] Rings = [0, 10, 22, 36, 52, 70, 90];

    /// <summary>Right, left, above, below, then the diagonals: unit directions of a label from its point.</summary>
    private static readonly (double Dx, double Dy)[] Directions =
        [(1, 0), (-1, 0), (0, -1), (0, 1), (0.7, -0.7), (0.7, 0.7), (-0.7, -0.7), (-0.7, 0.7)];

    private const double Spacing = 1;
    private const double Gap = 3;

    /// <summary>About the size of a label, so a candidate spot is checked against the few shapes near it.</summary>
    private const double CellSize = 32;

    public static IReadOnlyList<PlacedLabel?> Place(IReadOnlyList<LabelRequest> requests, Box bounds, IReadOnlyList<Segment> lines)
    {
        var taken = new BoxGrid(CellSize);
        var markers = requests.Select(r => Box.Around(r.X, r.Y, r.Radius).Inflate(Spacing)).ToList();
        foreach (var marker in markers) taken.Add(marker);
        foreach (var line in lines) taken.Add(line);
        var placed = new List<PlacedLabel?>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var marker = markers[i];
            PlacedLabel? best = null;
            foreach (var (box, ring) in Candidates(request))
            {
                if (!bounds.Contains(box) || taken.AnyOverlaps(box.Inflate(Spacing))) continue;
                Segment? leader = ring == 0 ? null : Leader(request, box);
                if (leader is { } line && taken.AnyCrossedBy(line, marker)) continue;
                best = new PlacedLabel(box, leader);
                break;
            }
            if (best is not null)
            {
                taken.Add(best.Box.Inflate(Spacing));
                if (best.Leader is { } leader) taken.Add(leader);
            }
            placed.Add(best);
        }
        return placed;
    }

    /// <summary>From the edge of the point's marker to the nearest point of its label.</summary>
    private static Segment Leader(LabelRequest request, Box label)
    {
        var (toX, toY) = label.NearestPointTo(request.X, request.Y);
        var length = Math.Sqrt((toX - request.X) * (toX - request.X) + (toY - request.Y) * (toY - request.Y));
        var start = (request.Radius + Spacing) / length;
        return new Segment(request.X + (toX - request.X) * start, request.Y + (toY - request.Y) * start, toX, toY);
    }

    /// <summary>Every spot, nearest ring first, in the order of <see cref="Directions"/> within a ring.</summary>
    private static IEnumerable<(Box Box, int Ring)> Candidates(LabelRequest r)
    {
        for (var ring = 0; ring < Rings.Length; ring++)
        {
            var distance = r.Radius + Gap + Rings[ring];
            foreach (var (dx, dy) in Directions)
            {
                // The label's edge nearest the point sits at the given distance in that direction.
                var left = dx > 0 ? r.X + dx * distance : dx < 0 ? r.X + dx * distance - r.Width : r.X - r.Width / 2;
                var top = dy > 0 ? r.Y + dy * distance : dy < 0 ? r.Y + dy * distance - r.Height : r.Y - r.Height / 2;
                yield return (new Box(left, top, r.Width, r.Height), ring);
            }
        }
    }
}
