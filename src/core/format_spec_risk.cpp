// The format of kind: risk (docs/format.md).
#include "format_spec_parts.hpp"

#include <string>
#include <vector>

#include "scmplan/model.hpp"

namespace scmplan::format::spec {

namespace {

constexpr std::string_view of_activity = "activity.<ID>.";

/// The metric's pattern, from the one list of metrics (Metric::written_forms):
/// the plan's names, or "activity.<any>." and an activity's name.
const std::string& metric_pattern() {
    static const std::string pattern = [] {
        std::string plan, activity;
        for (const std::string& form : Metric::written_forms()) {
            std::string& to = form.starts_with(of_activity) ? activity : plan;
            to += (to.empty() ? "" : "|") + (form.starts_with(of_activity) ? form.substr(of_activity.size()) : form);
        }
        return "^(?:" + plan + "|activity\\..+\\.(?:" + activity + "))$";
    }();
    return pattern;
}

/// Every metric once, of activity A01 for the activity's.
std::vector<std::string_view> metric_examples() {
    static const std::vector<std::string> written = [] {
        std::vector<std::string> out;
        for (const std::string& form : Metric::written_forms())
            out.push_back(form.starts_with(of_activity) ? "activity.A01." + form.substr(of_activity.size()) : form);
        return out;
    }();
    return {written.begin(), written.end()};
}

}  // namespace

const MapSpec& risk() {
    static const MapSpec s{
        .what = "risk",
        .title = "scmplan risk file (ความเสี่ยง)",
        .doc = "One risk of an action plan (ความเสี่ยงของแผนปฏิบัติการ). See docs/format.md, kind: risk.",
        .fields = {
            version_field(),
            kind_field(),
            {.key = "plan",
             .type = Type::text,
             .need = Need::yes,
             .title = "Plan id (รหัสแผน)",
             .doc = "The id of a plan in the workspace. รหัสแผนที่ความเสี่ยงนี้สังกัด",
             .meaning = "the id of a plan in the workspace (E021)"},
            {.key = "id",
             .type = Type::text,
             .need = Need::yes,
             .title = "Risk id (รหัสความเสี่ยง)",
             .doc = "Unique in the plan, e.g. R1. รหัสความเสี่ยง ไม่ซ้ำในแผน",
             .meaning = "unique in the plan"},
            {.key = "title",
             .type = Type::text,
             .need = Need::yes,
             .title = "Risk (ความเสี่ยง)",
             .doc = "ชื่อความเสี่ยง"},
            {.key = "factors",
             .type = Type::list,
             .item = Type::text,
             .title = "Risk factors (ปัจจัยเสี่ยง)",
             .doc = "ปัจจัยเสี่ยง",
             .meaning = "risk factors"},
            {.key = "mitigation",
             .type = Type::list,
             .item = Type::text,
             .title = "Mitigation (มาตรการจัดการความเสี่ยง)",
             .doc = "Required when the risk reaches the threshold. มาตรการจัดการความเสี่ยง (ต้องมีเมื่อคะแนนถึงเกณฑ์)",
             .meaning = "Required in effect when the risk reaches the threshold (E040)."},
            {.key = "monitoring",
             .type = Type::list,
             .item = Type::text,
             .title = "Monitoring (การติดตาม)",
             .doc = "Required when the risk reaches the threshold. การติดตามความเสี่ยง (ต้องมีเมื่อคะแนนถึงเกณฑ์)",
             .meaning = "Required in effect when the risk reaches the threshold (E040)."},
            {.key = "measure",
             .type = Type::text,
             .title = "Measured by (ตัวชี้วัดความเสี่ยง)",
             .doc = "What the risk is measured by. ตัวชี้วัดความเสี่ยง",
             .meaning = "what the risk is measured by"},
            {.key = "likelihood",
             .type = Type::mapping,
             .spec = &likelihood(),
             .title = "Likelihood (โอกาส)",
             .doc = "The likelihood scale. เกณฑ์ระดับโอกาส"},
            {.key = "impact",
             .type = Type::mapping,
             .spec = &impact(),
             .title = "Impact (ผลกระทบ)",
             .doc = "The impact scale. เกณฑ์ระดับผลกระทบ"},
            {.key = "assessments",
             .type = Type::list,
             .item = Type::mapping,
             .spec = &assessment(),
             .title = "Assessments (ผลการประเมิน)",
             .doc = "Levels as judged on dates. ผลการประเมินระดับความเสี่ยง",
             .meaning = "levels as judged on a date"},
            {.key = "target",
             .type = Type::mapping,
             .spec = &risk_target(),
             .title = "Target (ระดับเป้าหมาย)",
             .doc = "The levels aimed for. ระดับความเสี่ยงที่ตั้งเป้า"},
        },
    };
    return s;
}

namespace {

/// `scale:`, the one key of `likelihood:` and of `impact:`.
Field scale_field(std::string_view title) {
    return {.key = "scale",
            .type = Type::list,
            .need = Need::yes,
            .item = Type::mapping,
            .spec = &scale_level(),
            .exact_levels = 5,
            .level_key = "level",
            .title = title,
            .doc = "Exactly the levels 1 to 5, each once. ระดับ 1 ถึง 5 ครบ ระดับละครั้ง",
            .doc_type = "list of levels",
            .doc_need = "**yes** when `likelihood` / `impact` is given",
            .meaning = "exactly the levels 1 to 5, each once (E017)"};
}

}  // namespace

const MapSpec& likelihood() {
    static const MapSpec s{
        .what = "risk likelihood",
        .title = "Likelihood (โอกาส)",
        .doc = "The likelihood scale. เกณฑ์ระดับโอกาส",
        .fields = {scale_field("Scale (เกณฑ์ระดับโอกาส)")},
    };
    return s;
}

const MapSpec& impact() {
    static const MapSpec s{
        .what = "risk impact",
        .title = "Impact (ผลกระทบ)",
        .doc = "The impact scale. เกณฑ์ระดับผลกระทบ",
        .fields = {scale_field("Scale (เกณฑ์ระดับผลกระทบ)")},
    };
    return s;
}

const MapSpec& scale_level() {
    static const MapSpec s{
        .what = "risk level",
        .title = "Scale level (ระดับ)",
        .doc = "One level of a scale. ระดับหนึ่งของเกณฑ์",
        .fields = {
            {.key = "level",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 5,
             .below = {DiagCode::E017, "{what} must be {min} to {max}, not {value}"},
             .title = "Level (ระดับ)",
             .doc = "1 to 5. ระดับ 1–5"},
            {.key = "label",
             .type = Type::text,
             .title = "Label (ชื่อระดับ)",
             .doc = "e.g. น้อยมาก. ชื่อระดับ",
             .meaning = "e.g. น้อยมาก"},
            {.key = "text",
             .type = Type::text,
             .title = "Definition (คำอธิบาย)",
             .doc = "The level's definition in words. คำอธิบายระดับ",
             .meaning = "the level's definition in words"},
            {.key = "when",
             .type = Type::mapping,
             .spec = &condition(),
             .title = "When (เงื่อนไข)",
             .doc = "Makes the level derivable from progress data. เงื่อนไขของระดับนี้",
             .doc_type = "condition",
             .meaning = "makes the level derivable from progress data"},
        },
        .def = "level",
    };
    return s;
}

const MapSpec& condition() {
    static const MapSpec s{
        .what = "condition 'when'",
        .title = "Condition (เงื่อนไข)",
        .doc = "Makes the level derivable from progress data. เงื่อนไขที่ทำให้คำนวณระดับได้",
        .fields = {
            {.key = "metric",
             .type = Type::metric,
             .need = Need::yes,
             .pattern = metric_pattern(),
             .examples = metric_examples(),
             .title = "Metric (ตัววัด)",
             .doc = "completion (plan completion, %), completed_on (the date the plan reached 100%, or its projected date), behind (planned − actual, points), activities_done_pct (share of counting activities done, %), activity.<ID>.completion, activity.<ID>.completed_on, activity.<ID>.behind or activity.<ID>.days_late (days past its end while not complete). ตัววัด: ความสำเร็จ ความล่าช้าของแผนหรือของกิจกรรม",
             .meaning = "of the plan: `completion` (%), `completed_on` (the date it reached 100%, or its projected date), `behind` (planned − actual, percentage points), `activities_done_pct` (share of counting activities at 100%, %); of an activity: `activity.<ID>.completion`, `activity.<ID>.completed_on`, `activity.<ID>.behind`, `activity.<ID>.days_late` (days past its end while not complete). Values as of the date: [computations.md](computations.md#the-current-levels). Another metric is E015; an unknown activity is E021."},
            {.key = "op",
             .type = Type::op,
             .need = Need::yes,
             .meaning = "op"},
            {.key = "value",
             .type = Type::any,
             .need = Need::yes,
             .title = "Value (ค่า)",
             .doc = "A date for the completed_on metrics, a number otherwise. วันที่ (สำหรับ completed_on) หรือตัวเลข",
             .meaning = "a date for the `completed_on` metrics, a number otherwise"},
        },
        .rules = {{.if_key = "metric",
                   .if_pattern = "completed_on$",
                   .then_key = "value",
                   .then_type = Type::date,
                   .else_type = Type::number}},
        .def = "condition",
    };
    return s;
}

const MapSpec& assessment() {
    static const MapSpec s{
        .what = "risk assessment",
        .title = "Assessment (ผลการประเมิน)",
        .doc = "Levels as judged on a date. ระดับที่ประเมิน ณ วันที่",
        .fields = {
            {.key = "as_of",
             .type = Type::date,
             .need = Need::yes,
             .title = "As of (ณ วันที่)",
             .doc = "The date of the judgement. วันที่ประเมิน",
             .meaning = "the date the levels were judged"},
            {.key = "likelihood",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 5,
             .below = {DiagCode::E017, "likelihood must be a level from {min} to {max}, not {value}"},
             .title = "Likelihood (โอกาส)",
             .doc = "1 to 5. ระดับโอกาส 1–5",
             .meaning = "outside 1–5 is E017"},
            {.key = "impact",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 5,
             .below = {DiagCode::E017, "impact must be a level from {min} to {max}, not {value}"},
             .title = "Impact (ผลกระทบ)",
             .doc = "1 to 5. ระดับผลกระทบ 1–5",
             .meaning = "outside 1–5 is E017"},
            {.key = "note",
             .type = Type::text,
             .title = "Note (หมายเหตุ)",
             .doc = "Why the levels are what they are. เหตุผลของการประเมิน",
             .meaning = "why the levels are what they are (`scmplan assess --note`)"},
        },
        .def = "assessment",
    };
    return s;
}

const MapSpec& risk_target() {
    static const MapSpec s{
        .what = "risk target",
        .title = "Target (ระดับเป้าหมาย)",
        .doc = "The levels aimed for. ระดับความเสี่ยงที่ตั้งเป้า",
        .fields = {
            {.key = "likelihood",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 5,
             .below = {DiagCode::E017, "target likelihood must be a level from {min} to {max}, not {value}"},
             .title = "Target likelihood (โอกาสเป้าหมาย)",
             .doc = "1 to 5. ระดับโอกาสที่ตั้งเป้า",
             .doc_need = "**yes** when `target` is given",
             .meaning = "the level aimed for"},
            {.key = "impact",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 5,
             .below = {DiagCode::E017, "target impact must be a level from {min} to {max}, not {value}"},
             .title = "Target impact (ผลกระทบเป้าหมาย)",
             .doc = "1 to 5. ระดับผลกระทบที่ตั้งเป้า",
             .doc_need = "**yes** when `target` is given",
             .meaning = "the level aimed for"},
        },
    };
    return s;
}

}  // namespace scmplan::format::spec
