using Atlas.Site.Preview;

namespace Atlas.Site.Tests;

public class SitePathTests
{
    [Theory]
    [InlineData("/", "/", "")]
    [InlineData("/models/clip/", "/", "models/clip/")]
    [InlineData("/models/clip?x=1", "/", "models/clip")]
    [InlineData("/atlas/", "/atlas/", "")]
    [InlineData("/atlas/assets/css/site.css", "/atlas/", "assets/css/site.css")]
    [InlineData("/atlas/a%20file.png", "/atlas/", "a file.png")]
    [InlineData("/atlas/caf%C3%A9/", "/atlas/", "café/")]
    public void A_path_under_the_base_path_names_a_file_of_the_site(string target, string basePath, string path)
    {
        var file = Assert.IsType<RequestTarget.SiteFile>(SitePath.Parse(target, basePath));
        Assert.Equal(path, file.Path);
    }

    [Theory]
    [InlineData("/../x")]
    [InlineData("/a/../../x")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/%2E%2E%2Fx")]
    [InlineData("/.%2e/x")]
    [InlineData("/%252e%252e/x")]
    [InlineData("/..%5cx")]
    [InlineData("/..\\x")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc/passwd")]
    [InlineData("/C:/x")]
    [InlineData("/a/./b")]
    [InlineData("/a/..")]
    [InlineData("/a%00b")]
    [InlineData("/%ff%fe")]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("/other/x")]
    public void Anything_that_could_leave_the_output_folder_or_the_base_path_is_outside(string target)
    {
        Assert.IsType<RequestTarget.Outside>(SitePath.Parse(target, target.StartsWith("/other", StringComparison.Ordinal) ? "/atlas/" : "/"));
    }

    [Theory]
    [InlineData("/atlas", "/atlas/")]
    [InlineData("/", "/atlas/")]
    [InlineData("/?q=x", "/atlas/?q=x")]
    public void The_root_of_a_sub_path_site_without_its_slash_redirects_there(string target, string location)
    {
        Assert.Equal(location, Assert.IsType<RequestTarget.Redirect>(SitePath.Parse(target, "/atlas/")).Location);
    }

    [Theory]
    [InlineData("clip.md.swp", true)]
    [InlineData("clip.md~", true)]
    [InlineData(".#clip.md", true)]
    [InlineData("4913", true)]
    [InlineData("clip.md", false)]
    [InlineData("models.yaml", false)]
    public void Editor_scratch_files_do_not_trigger_a_rebuild(string name, bool scratch)
    {
        Assert.Equal(scratch, SiteWatcher.IsScratchFile(name));
    }
}
