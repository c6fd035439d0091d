namespace Atlas.Browser.Tests;

/// <summary>One page of each kind the atlas builds, by site path.</summary>
public static class PageKinds
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["home"] = "",
        ["model"] = "models/albef/",
        ["models index"] = "models/",
        ["concept"] = "concepts/itc/",
        ["concepts index"] = "concepts/",
        ["task"] = "tasks/image-text-retrieval/",
        ["tasks index"] = "tasks/",
        ["taxonomy"] = "taxonomy/",
        ["tag"] = "tags/contrastive/",
        ["tags index"] = "tags/",
        ["comparison"] = "compare/",
        ["comparison, all results"] = "compare/results/",
        ["comparison, architecture"] = "compare/architecture/",
        ["comparison, data and compute"] = "compare/data/",
        ["timeline"] = "timeline/",
        ["charts"] = "charts/",
        ["side by side"] = "compare/?models=clip,albef,blip",
        ["search results"] = "search/?q=contrastive",
        ["search directory"] = "search/",
        ["not found"] = "no-such-page/",
        ["families index"] = "families/",
        ["family"] = "families/dual-encoder/",
        ["organisations index"] = "organisations/",
        ["organisation"] = "organisations/salesforce-research/",
        ["objectives index"] = "objectives/",
        ["objective"] = "objectives/itc/",
    };

    public static TheoryData<string> All() => new(Paths.Keys);

    /// <summary>Every page kind on a phone (360px) and on a laptop (1280px).</summary>
    public static TheoryData<string, int> AtPhoneAndLaptopWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in Paths.Keys)
            foreach (var width in (int[])[360, 1280]) data.Add(kind, width);
        return data;
    }
}
