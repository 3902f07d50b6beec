using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class EntryTransitionsTests
{
    [Theory]
    [InlineData(EditorialAction.Approved, EntryStatus.Draft, EntryStatus.Approved)]
    [InlineData(EditorialAction.SentBack, EntryStatus.Draft, EntryStatus.Draft)]
    [InlineData(EditorialAction.Edited, EntryStatus.Draft, EntryStatus.Draft)]
    [InlineData(EditorialAction.Rejected, EntryStatus.Draft, EntryStatus.Retired)]
    [InlineData(EditorialAction.Retired, EntryStatus.Approved, EntryStatus.Retired)]
    [InlineData(EditorialAction.Reopened, EntryStatus.Approved, EntryStatus.Draft)]
    [InlineData(EditorialAction.Reopened, EntryStatus.Retired, EntryStatus.Draft)]
    public void TargetOf_AllowedTransition_ReturnsTarget(EditorialAction action, EntryStatus from, EntryStatus to)
    {
        Assert.Equal(to, EntryTransitions.TargetOf(action, from));
    }

    [Theory]
    [InlineData(EditorialAction.Approved, EntryStatus.Approved)]
    [InlineData(EditorialAction.Approved, EntryStatus.Retired)]
    [InlineData(EditorialAction.Edited, EntryStatus.Approved)]
    [InlineData(EditorialAction.SentBack, EntryStatus.Approved)]
    [InlineData(EditorialAction.Retired, EntryStatus.Draft)]
    [InlineData(EditorialAction.Rejected, EntryStatus.Approved)]
    [InlineData(EditorialAction.Reopened, EntryStatus.Draft)]
    [InlineData(EditorialAction.Flagged, EntryStatus.Approved)]
    public void TargetOf_ForbiddenTransition_ReturnsNull(EditorialAction action, EntryStatus from)
    {
        Assert.Null(EntryTransitions.TargetOf(action, from));
    }

    [Fact]
    public void AllowedFrom_Draft_OffersApproveSendBackReject()
    {
        Assert.Equal([EditorialAction.Approved, EditorialAction.SentBack, EditorialAction.Rejected], EntryTransitions.AllowedFrom(EntryStatus.Draft));
    }
}
