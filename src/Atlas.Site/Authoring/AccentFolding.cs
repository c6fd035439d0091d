using System.Globalization;
using System.Text;

namespace Atlas.Site.Authoring;

/// <summary>
/// Folds accented Latin letters to their base letters, as Unicode decomposition (NFKD without the
/// combining marks) does: "Ünïcödé" is "Unicode". The atlas runs with invariant globalization, in
/// which <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is, so the
/// decompositions of Latin-1, Latin Extended-A/B and Latin Extended Additional are listed here
/// (generated from Python's unicodedata); any other text still goes through Normalize.
/// </summary>
public static class AccentFolding
{
    private static readonly (string Base, string Accented)[] Groups =
    [
        ("A", "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ"),
        ("B", "ḂḄḆ"),
        ("C", "ÇĆĈĊČḈ"),
        ("D", "ĎḊḌḎḐḒ"),
        ("DZ", "ǄǱ"),
        ("Dz", "ǅǲ"),
        ("E", "ÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ"),
        ("F", "Ḟ"),
        ("G", "ĜĞĠĢǦǴḠ"),
        ("H", "ĤȞḢḤḦḨḪ"),
        ("I", "ÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ"),
        ("IJ", "Ĳ"),
        ("J", "Ĵ"),
        ("K", "ĶǨḰḲḴ"),
        ("L", "ĹĻĽḶḸḺḼ"),
        ("LJ", "Ǉ"),
        ("Lj", "ǈ"),
        ("M", "ḾṀṂ"),
        ("N", "ÑŃŅŇǸṄṆṈṊ"),
        ("NJ", "Ǌ"),
        ("Nj", "ǋ"),
        ("O", "ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ"),
        ("P", "ṔṖ"),
        ("R", "ŔŖŘȐȒṘṚṜṞ"),
        ("S", "ŚŜŞŠȘṠṢṤṦṨ"),
        ("T", "ŢŤȚṪṬṮṰ"),
        ("U", "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ"),
        ("V", "ṼṾ"),
        ("W", "ŴẀẂẄẆẈ"),
        ("X", "ẊẌ"),
        ("Y", "ÝŶŸȲẎỲỴỶỸ"),
        ("Z", "ŹŻŽẐẒẔ"),
        ("a", "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ"),
        ("b", "ḃḅḇ"),
        ("c", "çćĉċčḉ"),
        ("d", "ďḋḍḏḑḓ"),
        ("dz", "ǆǳ"),
        ("e", "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ"),
        ("f", "ḟ"),
        ("g", "ĝğġģǧǵḡ"),
        ("h", "ĥȟḣḥḧḩḫẖ"),
        ("i", "ìíîïĩīĭįǐȉȋḭḯỉị"),
        ("ij", "ĳ"),
        ("j", "ĵǰ"),
        ("k", "ķǩḱḳḵ"),
        ("l", "ĺļľḷḹḻḽ"),
        ("lj", "ǉ"),
        ("m", "ḿṁṃ"),
        ("n", "ñńņňǹṅṇṉṋ"),
        ("nj", "ǌ"),
        ("o", "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ"),
        ("p", "ṕṗ"),
        ("r", "ŕŗřȑȓṙṛṝṟ"),
        ("s", "śŝşšſșṡṣṥṧṩẛ"),
        ("t", "ţťțṫṭṯṱẗ"),
        ("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự"),
        ("v", "ṽṿ"),
        ("w", "ŵẁẃẅẇẉẘ"),
        ("x", "ẋẍ"),
        ("y", "ýÿŷȳẏẙỳỵỷỹ"),
        ("z", "źżžẑẓẕ"),
    ];

    private static readonly Dictionary<char, string> BaseOf = Groups
        .SelectMany(g => g.Accented.Select(c => (Accented: c, g.Base)))
        .ToDictionary(p => p.Accented, p => p.Base);

    public static string Fold(string text) => string.Concat(
        string.Concat(text.Select(c => BaseOf.TryGetValue(c, out var folded) ? folded : c.ToString()))
            .Normalize(NormalizationForm.FormKD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}
