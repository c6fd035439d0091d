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
        ["timeline"] = "timeline/",
    };

    public static TheoryData<string> All() => new(Paths.Keys);
}
