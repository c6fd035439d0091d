using Atlas.Site.Templates;
using Fluid;

namespace Atlas.Site.Tests;

public class CompactRecordTests
{
    [Fact]
    public void A_record_keeps_the_keys_in_order_and_the_values_and_refuses_changes()
    {
        var record = CompactRecord.From(new() { ["name"] = "CLIP", ["year"] = 2021, ["note"] = null });

        Assert.Equal(["name", "year", "note"], record.Keys);
        Assert.Equal("CLIP", record["name"]);
        Assert.True(record.TryGetValue("note", out var note) && note is null);
        Assert.False(record.ContainsKey("title"));
        Assert.Throws<NotSupportedException>(() => record["name"] = "ALIGN");
    }

    [Fact]
    public void Liquid_reads_a_record_like_the_dictionary_it_was_made_from()
    {
        var template = new FluidParser().Parse("{{ m.name }} ({{ m.year }}){% for r in m.results %} {{ r.key }}={{ r.value }}{% endfor %}");
        var model = CompactRecord.From(new()
        {
            ["name"] = "CLIP",
            ["year"] = 2021,
            ["results"] = new List<object?> { CompactRecord.From(new() { ["key"] = "imagenet", ["value"] = "76.2" }) },
        });
        var context = new TemplateContext();
        context.SetValue("m", model);

        Assert.Equal("CLIP (2021) imagenet=76.2", template.Render(context));
    }
}
