using Atlas.Site.Config;
using Atlas.Engine.Execution;
using Atlas.Site.Links;
using Atlas.Site.Templates;
using Atlas.Site.Figures.Timeline;

namespace Atlas.Site.Modules.Listings;

/// <summary>The drawings of the timeline: the wide one (time left to right), the phone's (newest at the top), the home page's thumbnail.</summary>
public enum TimelineForm { Wide, Vertical, Thumbnail }

/// <summary>
/// Draws the architecture timeline of every model onto the page with id <paramref name="pageId"/>,
/// in the given form, under the template value its form names (<c>timeline_svg</c>, <c>timeline_vertical_svg</c>).
/// </summary>
[Stage(Stage.Listings)]
public sealed class DrawTimeline(string pageId, TimelineForm form = TimelineForm.Wide) : DrawOnPage(pageId, KeyOf(form))
{
    public const string SvgKey = "timeline_svg";
    public const string VerticalSvgKey = "timeline_vertical_svg";

    private static string KeyOf(TimelineForm form) => form == TimelineForm.Vertical ? VerticalSvgKey : SvgKey;

    protected override string Draw(IExecutionContext context)
    {
        var settings = context.Service<BuildSettings>();
        var models = Catalog.Of(context).Models;
        var entries = models.Rows.Select(r => new TimelineEntry(r.Id, r.Name, r.Date, r.Lane, r.BuildsOn)).ToList();
        var lanes = ModelView.Lanes(models.Vocabulary).Select(l => new TimelineLane(l.Key, l.Title, l.Colour)).ToList();
        string Href(TimelineEntry e) => settings.Url(models.Find(e.Id)!.Url);
        // The wide drawing and the home page's thumbnail share one layout, made once per build.
        TimelineDiagram Wide() => context.Memo(nameof(TimelineLayout), () => TimelineLayout.Layout(entries, lanes));
        return form switch
        {
            TimelineForm.Vertical => TimelineSvg.WriteVertical(VerticalTimelineLayout.Layout(entries, lanes), Href),
            TimelineForm.Thumbnail => TimelineSvg.WriteThumbnail(Wide()),
            _ => TimelineSvg.Write(Wide(), Href),
        };
    }
}
