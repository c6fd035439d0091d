using Atlas.Bench.Synthetic;

namespace Atlas.Bench.Sites;

/// <summary>Writes a synthetic atlas in this project's input layout: site.yaml, data/models.yaml with its vocabulary, models/, concepts/, tasks/, index.md.</summary>
public static class AtlasInput
{
    public static void Write(SyntheticAtlas atlas, string inputDirectory)
    {
        SiteFiles.Write(inputDirectory, "site.yaml",
            $"title: {SyntheticAtlas.SiteTitle}\ndescription: A synthetic atlas for measuring build speed.\nurl: https://bench.example.org\nbase_path: /\n");
        SiteFiles.Write(inputDirectory, "data/models.yaml", SiteFiles.ModelsYaml(atlas));
        foreach (var (name, yaml) in SiteFiles.VocabularyYaml(atlas)) SiteFiles.Write(inputDirectory, $"data/{name}.yaml", yaml);
        Parallel.ForEach(atlas.Models, m => SiteFiles.Write(inputDirectory, $"models/{m.Id}.md", SiteFiles.Page(
            [$"id: {m.Id}", $"summary: {SiteFiles.Quote(m.Summary)}", $"tags: {SiteFiles.List(m.Tags)}"], m.Body)));
        foreach (var page in atlas.Pages)
        {
            var frontMatter = new List<string> { $"id: {page.Id}", $"title: {SiteFiles.Quote(page.Title)}", $"summary: {SiteFiles.Quote(page.Summary)}" };
            if (page.Aliases.Count > 0) frontMatter.Add($"aliases: {SiteFiles.List(page.Aliases)}");
            SiteFiles.Write(inputDirectory, page.Folder.Length == 0 ? "index.md" : $"{page.Folder}/{page.Id}.md", SiteFiles.Page(frontMatter, page.Body));
        }
    }
}
