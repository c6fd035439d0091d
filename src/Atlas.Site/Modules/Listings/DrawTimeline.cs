using Atlas.Engine.Execution;
using Atlas.Site.Build;
using Atlas.Site.Links;
using Atlas.Site.Templates;
using Atlas.Site.Timeline;

namespace Atlas.Site.Modules.Listings;

/// <summary>
/// Draws the architecture timeline of every model (metadata <c>timeline_svg</c>) onto the
/// page with id <paramref name="pageId"/>: in full, or as the home page's <paramref name="thumbnail"/>.
/// </summary>
public sealed class DrawTimeline(string pageId, bool thumbnail = false) : DrawOnPage(pageId, SvgKey)
{
    public const string SvgKey = "timeline_svg";

    protected override string Draw(IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var models = Catalog.Of(context).Models;
        var entries = models.Rows.Select(r => new TimelineEntry(r.Id, r.Name, r.Date, r.Lane, r.BuildsOn)).ToList();
        var lanes = ModelView.Lanes(models.Vocabulary).Select(l => new TimelineLane(l.Key, l.Title, l.Colour)).ToList();
        var diagram = TimelineLayout.Layout(entries, lanes);
        return thumbnail ? TimelineSvg.WriteThumbnail(diagram) : TimelineSvg.Write(diagram, e => settings.Url(models.Find(e.Id)!.Url));
    }
}
