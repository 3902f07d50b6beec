namespace MoitBot.Knowledge.Text;

/// <summary>
/// Phrases that name the same thing for retrieval ("giấy tờ", "hồ sơ", "thành phần hồ sơ").
/// Shipped sets come from thesaurus.json; the others were added by an editor.
/// </summary>
public sealed record SynonymSet(string Key, IReadOnlyList<string> Members, bool Shipped);
