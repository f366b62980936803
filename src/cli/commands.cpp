#include "commands.hpp"

namespace scmplan::cli {

std::vector<CommandSpec> all_commands() {
    return {check_command(),    plan_command(),     report_command(),   status_command(),   summary_command(), gantt_command(),
            risk_command(),     gaps_command(),     score_command(),    evidence_command(), done_command(),
            progress_command(), close_command(),    assess_command(),   form_command(),     import_command(),
            holidays_command(), rules_command(),    init_command(),     schema_command()};
}

}  // namespace scmplan::cli
