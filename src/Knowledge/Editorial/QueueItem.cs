using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

public sealed record QueueItem(KnowledgeEntry Entry, EditorialRecord Record, Department Department, int AgeDays, bool Overdue);
