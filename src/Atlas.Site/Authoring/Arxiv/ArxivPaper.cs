namespace Atlas.Site.Authoring.Arxiv;

/// <summary>What arXiv's API says of a paper: the facts <c>atlas new --arxiv</c> writes into the row.</summary>
/// <param name="Id">The id without a version ("2303.15343").</param>
/// <param name="FirstVersion">The day version 1 was announced (the feed's <c>published</c>), in UTC.</param>
/// <param name="PrimaryCategory">arXiv's primary category ("cs.CV"), as its BibTeX export names it primaryClass.</param>
public sealed record ArxivPaper(string Id, string Title, IReadOnlyList<string> Authors, DateOnly FirstVersion, string? PrimaryCategory)
{
    /// <summary>The short name a title gives before its colon ("BLIP-2: Bootstrapping ..." is BLIP-2), or null when it has none.</summary>
    public string? ShortName
    {
        get
        {
            var colon = Title.IndexOf(':');
            if (colon <= 0) return null;
            var name = Title[..colon].Trim();
            return name.Length is > 0 and <= ModelScaffold.MaxNameLength ? name : null;
        }
    }
}

/// <summary>The answer to a look-up: the paper, or one line saying why there is none.</summary>
public sealed record ArxivAnswer(ArxivPaper? Paper, string? Problem)
{
    public static ArxivAnswer Found(ArxivPaper paper) => new(paper, null);

    public static ArxivAnswer Failed(string problem) => new(null, problem);
}
