using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>Officials, tickets, the working calendar and the outbox (part of AddKnowledge).</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<WorkingCalendarOptions>().BindConfiguration(WorkingCalendarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISchemaModule, EscalationSchema>();
        services.AddSingleton<WorkingCalendar>();
        services.AddSingleton<OfficialRegistry>();
        services.AddSingleton<TicketStore>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<IOutboxHandler, StaffAnswerDraftHandler>();
        return services;
    }
}
