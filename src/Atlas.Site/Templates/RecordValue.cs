using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Atlas.Site.Templates;

/// <summary>
/// Template data a template reads members of (<c>page.kind</c>, <c>model.family</c>): a Liquid
/// dictionary that also notes each member read that the record does not have. Fluid prints a
/// missing member as nothing and calls <see cref="TemplateContext.Undefined"/> only for top-level
/// names, so a misspelled member would vanish without a word; the contract is that every member a
/// template reads exists (null where optional), and <see cref="Watch"/> collects the ones that do not.
/// Only <c>.name</c> reads are noted: a <c>[key]</c> read with a key made at run time may look for
/// what a record lacks on purpose.
/// </summary>
public sealed class RecordValue(IDictionary<string, object?> record, TemplateOptions options) : FluidValue
{
    private const string MissingKey = "atlas:missing-members";

    /// <summary>The options free-form values are converted with: no <see cref="RecordValue"/>, so missing members stay silent.</summary>
    private static readonly TemplateOptions FreeFormOptions = new();

    private DictionaryValue? _dictionary;

    /// <summary>Fluid's own dictionary, for what a template does with the whole record (compare, loop, print); made when first needed.</summary>
    private DictionaryValue Dictionary => _dictionary ??= new(new ObjectDictionaryFluidIndexable<object>(record!, options));

    /// <summary>
    /// Makes every dictionary a template is given a <see cref="RecordValue"/>. The converter sees every
    /// value a template reads, so it tests the two concrete types template data is made of rather than
    /// the interface, which costs more per value.
    /// </summary>
    public static void Register(TemplateOptions options) => options.ValueConverters.Add(value => value switch
    {
        CompactRecord record => new RecordValue(record, options),
        Dictionary<string, object?> record => new RecordValue(record, options),
        _ => null,
    });

    /// <summary>
    /// Data whose members are optional by nature (an author's front matter, the YAML of data/), as a
    /// Liquid value that, with everything in it, reads a missing member as nil without a word.
    /// </summary>
    public static FluidValue FreeForm(object? value) => Create(value!, FreeFormOptions);

    /// <summary>The members read and missing while <paramref name="context"/> renders, in the order read.</summary>
    public static List<string> Watch(TemplateContext context)
    {
        var missing = new List<string>();
        context.AmbientValues[MissingKey] = missing;
        return missing;
    }

    public override FluidValues Type => FluidValues.Dictionary;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (name == "size") return NumberValue.Create(record.Count);
        if (record.TryGetValue(name, out var value)) return Create(value!, options);
        if (context.AmbientValues.TryGetValue(MissingKey, out var missing)) ((List<string>)missing).Add(name);
        return NilValue.Instance;
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        record.TryGetValue(index.ToStringValue(), out var value) ? Create(value!, options) : NilValue.Instance;

    public override bool Equals(FluidValue other) => Dictionary.Equals(other is RecordValue value ? value.Dictionary : other);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Dictionary.GetHashCode();

#pragma warning disable CS0618, CS0672 // the obsolete overloads are abstract in Fluid and must be given
    public override bool ToBooleanValue() => true;
    public override decimal ToNumberValue() => 0;
    public override string ToStringValue() => "";
    public override object ToObjectValue() => Dictionary.ToObjectValue();
#pragma warning restore CS0618, CS0672

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;

    public override bool Contains(FluidValue value) => Dictionary.Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => Dictionary.Enumerate(context);
}
