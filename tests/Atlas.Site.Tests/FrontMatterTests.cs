using Atlas.Site.Yaml;

namespace Atlas.Site.Tests;

public class FrontMatterTests
{
    [Fact]
    public void Splits_front_matter_from_the_body_and_reports_where_the_body_starts()
    {
        var split = FrontMatter.Split("---\nid: clip\ntags: [a]\n---\n# CLIP\n", out var error);

        Assert.Null(error);
        Assert.Equal("id: clip\ntags: [a]\n", split!.Yaml);
        Assert.Equal("# CLIP\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Handles_CRLF_line_endings()
    {
        var split = FrontMatter.Split("---\r\nid: clip\r\n---\r\nBody\r\n", out _);

        Assert.Equal("id: clip\r\n", split!.Yaml);
        Assert.Equal("Body\r\n", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Fact]
    public void A_missing_closing_fence_is_an_error()
    {
        var split = FrontMatter.Split("---\nid: clip\n# Body\n", out var error);

        Assert.Null(split);
        Assert.Contains("never closed", error);
    }

    [Fact]
    public void An_empty_file_has_no_front_matter_and_an_empty_body()
    {
        var split = FrontMatter.Split("", out var error);

        Assert.Null(error);
        Assert.Equal("", split!.Yaml);
        Assert.Equal("", split.Body);
    }

    [Fact]
    public void Front_matter_only_gives_an_empty_body()
    {
        var split = FrontMatter.Split("---\nid: clip\n---", out _);

        Assert.Equal("id: clip\n", split!.Yaml);
        Assert.Equal("", split.Body);
    }

    [Fact]
    public void Text_without_an_opening_fence_is_all_body()
    {
        var split = FrontMatter.Split("# Title\n---\n", out _);

        Assert.Equal("", split!.Yaml);
        Assert.Equal("# Title\n---\n", split.Body);
    }
}
