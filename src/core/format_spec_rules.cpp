// The format of kind: workspace and kind: rules (docs/format.md).
#include "format_spec_parts.hpp"

namespace scmplan::format::choices {

std::span<const Choice<bool>> extends() {
    static constexpr Choice<bool> c[] = {{"se-am", true}, {"none", false}};
    return c;
}

std::span<const Choice<bool>> memo_purpose() {
    static constexpr Choice<bool> c[] = {{"inform", false}, {"consider", true}};
    return c;
}

std::span<const Choice<int>> holiday_calendar() {
    // The names of holiday_calendars(), in its order (a test holds them equal).
    static constexpr Choice<int> c[] = {{"th-government", 0}};
    return c;
}

std::span<const Choice<bool>> evidence() {
    static constexpr Choice<bool> c[] = {{"optional", false}, {"required_for_done", true}};
    return c;
}

}  // namespace scmplan::format::choices

namespace scmplan::format::spec {

const MapSpec& workspace() {
    static const MapSpec s{
        .what = "workspace",
        .title = "scmplan workspace file (พื้นที่ทำงาน)",
        .doc = "The workspace file, scmplan.yaml at the root: units, holidays, rules. See docs/format.md, kind: workspace.",
        .fields = {
            version_field(),
            kind_field(),
            {.key = "name",
             .type = Type::text,
             .title = "Name (ชื่อพื้นที่ทำงาน)",
             .doc = "The workspace's name. ชื่อพื้นที่ทำงาน",
             .meaning = "the workspace's name"},
            {.key = "units",
             .type = Type::map_of,
             .item = Type::text,
             .title = "Units (ทะเบียนหน่วยงาน)",
             .doc = "Unit code → full name (may be empty). When given, every owner must be listed. รหัสหน่วยงาน: ชื่อเต็ม",
             .doc_type = "mapping unit code → full name",
             .meaning = "Registry of unit codes. When present, every plan owner and activity owner must be listed, else W103 (a warning). The full name may be empty."},
            {.key = "holidays",
             .type = Type::list,
             .item = Type::date,
             .spec = &workspace_holidays(),
             .title = "Holidays (วันหยุด)",
             .doc = "Non-working days besides Saturdays and Sundays: a list of dates, or a built-in calendar with days added and removed. วันหยุดนอกจากเสาร์-อาทิตย์: รายการวันที่ หรือปฏิทินในตัว",
             .doc_type = "list of dates, or a [calendar](#holidays-calendar) mapping",
             .meaning = "Non-working days besides Saturdays and Sundays. Used for report due dates. A date listed twice is W110."},
            {.key = "rules",
             .type = Type::text,
             .title = "Rules file (ไฟล์เกณฑ์)",
             .doc = "Path of a kind: rules file, relative to this file. ไฟล์เกณฑ์ (อ้างอิงจากโฟลเดอร์ของไฟล์นี้)",
             .doc_type = "text (path)",
             .doc_default = "see [Which rules are used](#which-rules-are-used)",
             .meaning = "the rules file to use"},
            {.key = "memo",
             .type = Type::mapping,
             .spec = &memo(),
             .title = "Memo (บันทึกข้อความ)",
             .doc = "The official memo (บันทึกข้อความ) that heads the Word report: its header lines and who signs it. ส่วนหัวและผู้ลงนามของบันทึกข้อความ",
             .meaning = "the memo page of `report --format docx` and the HTML report ([docx.md](docx.md#the-memo)); what is not given is printed as a dotted line to fill by hand"},
            {.key = "signatures",
             .type = Type::mapping,
             .spec = &signatures(),
             .title = "Signatures (ผู้ลงนามในแผน)",
             .doc = "Who prepares, reviews and approves the action plan, as `scmplan plan` prints them. ผู้จัดทำ ผู้ทบทวน และผู้อนุมัติแผน",
             .meaning = "who signs the action plan (`prepared_by`, `reviewed_by`, `approved_by`, each `{name, position}`); `scmplan plan` leaves a dotted line for what is not given"},
        },
    };
    return s;
}

const MapSpec& memo() {
    static const MapSpec s{
        .what = "workspace memo",
        .title = "Memo (บันทึกข้อความ)",
        .doc = "The header lines and signer of the memo. ส่วนหัวและผู้ลงนามของบันทึกข้อความ",
        .fields = {
            {.key = "department",
             .type = Type::text,
             .title = "Department (ส่วนราชการ)",
             .doc = "The writing unit with its full name and phone, e.g. \"กองแผนงาน ฝ่ายแผนและงบประมาณ โทร. 0 2282 3243 ต่อ 142\". ส่วนราชการเจ้าของเรื่อง",
             .meaning = "ส่วนราชการ; when not given, the plan owner's full name from `units` and its code"},
            {.key = "number",
             .type = Type::text,
             .title = "Number (ที่)",
             .doc = "The document number or its prefix, e.g. \"ทส 1409.1/\". เลขที่หนังสือ",
             .meaning = "ที่: the document number or its prefix; a dotted line when not given"},
            {.key = "to",
             .type = Type::text,
             .title = "Addressee (เรียน)",
             .doc = "Whom the memo is addressed to, e.g. \"ผู้อำนวยการองค์การอุตสาหกรรมป่าไม้\". เรียน",
             .meaning = "เรียน, and whose comments the box below the signature asks for; a dotted line when not given"},
            {.key = "purpose",
             .type = Type::choice,
             .allowed = texts(choices::memo_purpose()),
             .fallback = "inform",
             .title = "Purpose (เพื่อ)",
             .doc = "inform (the default): the memo closes \"จึงเรียนมาเพื่อโปรดทราบ\"; consider: \"…เพื่อโปรดพิจารณา\". คำลงท้าย",
             .meaning = "the memo's closing sentence: for information or for a decision"},
            {.key = "signer",
             .type = Type::mapping,
             .spec = &signer(),
             .title = "Signer (ผู้ลงนาม)",
             .doc = "Who signs the memo: name and position. ผู้ลงนามบันทึกข้อความ",
             .meaning = "`{name, position}` of who signs the memo; dotted lines where not given"},
        },
    };
    return s;
}

const MapSpec& signatures() {
    static const MapSpec s{
        .what = "workspace signatures",
        .title = "Signatures (ผู้ลงนามในแผน)",
        .doc = "Who signs the action plan. ผู้ลงนามในแผน",
        .fields = {
            {.key = "prepared_by",
             .type = Type::mapping,
             .spec = &signer(),
             .title = "Prepared by (ผู้จัดทำแผน)",
             .doc = "Who prepared the plan. ผู้จัดทำแผน",
             .meaning = "who prepared the plan: `{name, position}` (both text, optional)"},
            {.key = "reviewed_by",
             .type = Type::mapping,
             .spec = &signer(),
             .title = "Reviewed by (ผู้ทบทวนแผน)",
             .doc = "Who reviewed the plan. ผู้ทบทวนแผน",
             .meaning = "who reviewed the plan: `{name, position}`"},
            {.key = "approved_by",
             .type = Type::mapping,
             .spec = &signer(),
             .title = "Approved by (ผู้อนุมัติแผน)",
             .doc = "Who approves the plan, usually the director. ผู้อนุมัติแผน (ผู้อำนวยการ)",
             .meaning = "who approves the plan: `{name, position}`; without a position, `scmplan plan` writes the director of the plan's organisation"},
        },
    };
    return s;
}

const MapSpec& signer() {
    static const MapSpec s{
        .what = "signer",
        .title = "Signer (ผู้ลงนาม)",
        .doc = "A name and a position. ชื่อและตำแหน่ง",
        .fields = {
            {.key = "name",
             .type = Type::text,
             .title = "Name (ชื่อ)",
             .doc = "The signer's full name. ชื่อ-นามสกุล"},
            {.key = "position",
             .type = Type::text,
             .title = "Position (ตำแหน่ง)",
             .doc = "The signer's position. ตำแหน่ง"},
        },
    };
    return s;
}

const MapSpec& workspace_holidays() {
    static const MapSpec s{
        .what = "workspace holidays",
        .title = "Holiday calendar (ปฏิทินวันหยุด)",
        .doc = "A built-in calendar of public holidays, with the days the organisation adds and removes. ปฏิทินวันหยุดในตัว พร้อมวันที่เพิ่มและตัดออก",
        .fields = {
            {.key = "calendar",
             .type = Type::choice,
             .need = Need::yes,
             .allowed = texts(choices::holiday_calendar()),
             .title = "Calendar (ปฏิทิน)",
             .doc = "th-government: the Thai government's public holidays 2566–2568 (วันหยุดราชการ), cabinet special and substitution days included. ปฏิทินวันหยุดราชการ",
             .meaning = "`th-government`: the Thai government's holidays of 2566–2568 ([holidays.md](holidays.md)). Another value is E015."},
            {.key = "add",
             .type = Type::list,
             .item = Type::date,
             .title = "Added days (วันหยุดเพิ่ม)",
             .doc = "Days the organisation also keeps, e.g. Labour Day (1 May). วันหยุดที่องค์กรหยุดเพิ่ม เช่น วันแรงงาน",
             .meaning = "days the organisation also keeps (Labour Day, 1 May; a special day of its own). A day the calendar has is W110."},
            {.key = "remove",
             .type = Type::list,
             .item = Type::date,
             .title = "Removed days (วันที่ไม่หยุด)",
             .doc = "Calendar days the organisation works, e.g. a cabinet special day it does not keep. วันในปฏิทินที่องค์กรไม่หยุด",
             .meaning = "calendar days the organisation works (a cabinet special day it does not keep, Royal Ploughing Day). A day the calendar does not have is W129."},
        },
        .def = "holidays-calendar",
    };
    return s;
}

const MapSpec& rules() {
    static const MapSpec s{
        .what = "rules",
        .title = "scmplan rules file (เกณฑ์ SE-AM)",
        .doc = "Enablers, weights, risk bands and report due days. See docs/format.md, kind: rules.",
        .fields = {
            version_field(),
            kind_field(),
            {.key = "extends",
             .type = Type::choice,
             .allowed = texts(choices::extends()),
             .fallback = "se-am",
             .title = "Extends (ต่อจากเกณฑ์ในตัว)",
             .doc = "se-am (default): this file is laid over the built-in rules, adding enablers or replacing single ones by code, the bands, threshold or report days; none: it replaces them all. se-am: เพิ่มหรือแทนที่บางส่วนของเกณฑ์ในตัว; none: แทนที่ทั้งหมด",
             .meaning = "`se-am`: laid over the built-in rules ([Which rules are used](#which-rules-are-used)); `none`: replaces them. Another value is E015."},
            {.key = "score",
             .type = Type::mapping,
             .spec = &rules_score(),
             .title = "Score (คะแนน)",
             .doc = "Range and decimals of every score. ช่วงคะแนนและทศนิยม"},
            {.key = "enablers",
             .type = Type::list,
             .item = Type::mapping,
             .spec = &enabler(),
             .title = "Enablers (ด้าน)",
             .doc = "The enablers. ด้าน Core Business Enablers",
             .doc_need = "**yes** with `extends: none`",
             .doc_default = "the built-in ones",
             .meaning = "the enablers; over the built-in rules, each replaces the one of its code or is added"},
            {.key = "risk",
             .type = Type::mapping,
             .spec = &rules_risk(),
             .title = "Risk (ความเสี่ยง)",
             .doc = "Threshold and bands. เกณฑ์และระดับความเสี่ยง"},
            {.key = "report_due",
             .type = Type::mapping,
             .spec = &rules_report_due(),
             .title = "Report due (กำหนดส่งรายงาน)",
             .doc = "When quarterly reports are due. กำหนดส่งรายงานรายไตรมาส"},
            {.key = "evidence",
             .type = Type::choice,
             .allowed = texts(choices::evidence()),
             .fallback = "optional",
             .title = "Evidence rule (หลักฐาน)",
             .doc = "required_for_done: a done step without evidence is a warning (W124); default optional. กำหนดให้ขั้นตอนที่เสร็จแล้วต้องมีหลักฐาน",
             .meaning = "with `required_for_done`, a done step without evidence is W124"},
            {.key = "backdated_done_days",
             .type = Type::integer,
             .min = 0,
             .max = 3660,
             .below = {DiagCode::E015, "backdated_done_days must be {min} to {max}, not {value}"},
             .title = "Back-dated done days (วันย้อนหลังที่ยอมรับ)",
             .doc = "check --git warns (W125) when a step's done date is more than this many days before the commit that first recorded it; 0 to 3660, default 30. จำนวนวันที่ยอมให้บันทึกวันที่เสร็จย้อนหลัง",
             .doc_default = "30",
             .meaning = "`check --git` reports a step whose done date is more than this many days before the commit that first recorded it (W125)"},
        },
        .rules = {{.if_key = "extends",
                   .if_values = {"none"},
                   .then_require = "enablers",
                   .then_report = {DiagCode::E014, "rules with extends: none is missing required key 'enablers'",
                                   "without the built-in rules, the file gives every enabler"}}},
    };
    return s;
}

const MapSpec& rules_score() {
    static const MapSpec s{
        .what = "rules score",
        .title = "Score (คะแนน)",
        .doc = "Range and decimals of every score. ช่วงคะแนนและทศนิยม",
        .fields = {
            {.key = "min",
             .type = Type::number,
             .title = "Minimum score (คะแนนต่ำสุด)",
             .doc = "Default 0. คะแนนต่ำสุด",
             .doc_default = "0",
             .meaning = "range of every score; min must be below max (E015)"},
            {.key = "max",
             .type = Type::number,
             .title = "Maximum score (คะแนนสูงสุด)",
             .doc = "Default 5. คะแนนสูงสุด",
             .doc_default = "5",
             .meaning = "range of every score; min must be below max (E015)"},
            {.key = "decimals",
             .type = Type::integer,
             .min = 0,
             .max = 8,
             .below = {DiagCode::E015, "score decimals must be {min} to {max}, not {value}"},
             .title = "Decimals (ทศนิยม)",
             .doc = "0 to 8, default 4. จำนวนตำแหน่งทศนิยม",
             .doc_default = "4",
             .meaning = "decimals of published scores: rounding for display and comparison"},
        },
    };
    return s;
}

const MapSpec& enabler() {
    static const MapSpec s{
        .what = "enabler",
        .title = "Enabler (ด้าน)",
        .doc = "ด้าน Core Business Enabler",
        .fields = {
            {.key = "code",
             .type = Type::text,
             .need = Need::yes,
             .title = "Enabler code (รหัสด้าน)",
             .doc = "Unique among all codes, e.g. SCM. รหัสด้าน",
             .meaning = "unique among all codes (E020)"},
            {.key = "name",
             .type = Type::names,
             .title = "Name (ชื่อ)",
             .doc = "ชื่อด้าน"},
            {.key = "modules",
             .type = Type::list,
             .item = Type::mapping,
             .spec = &module(),
             .title = "Modules (หมวด)",
             .doc = "Without modules the enabler's scores cannot be computed. หมวดของด้าน",
             .meaning = "An enabler without modules can be named by a plan, but its scores cannot be computed; a baseline topic of it is E021 with a hint on how to describe the modules."},
        },
        .def = "enabler",
    };
    return s;
}

const MapSpec& module() {
    static const MapSpec s{
        .what = "module",
        .title = "Module (หมวด)",
        .doc = "หมวดของด้าน",
        .fields = {
            {.key = "code",
             .type = Type::text,
             .need = Need::yes,
             .title = "Module code (รหัสหมวด)",
             .doc = "Starts with its enabler's code and a dot, e.g. SCM.1. รหัสหมวด",
             .meaning = "must start with the enabler's code and a dot (E031)"},
            {.key = "weight",
             .type = Type::number,
             .need = Need::yes,
             .min = 0,
             .above_min = true,
             .below = {DiagCode::E015, "weight of {key:code} must be above {min}"},
             .title = "Weight (น้ำหนัก)",
             .doc = "Above 0; an enabler's module weights sum to 1. น้ำหนัก (รวมกันเท่ากับ 1)",
             .meaning = "above 0 (E015); the weights of an enabler's modules sum to 1 within 1e-9 (E030)"},
            {.key = "name",
             .type = Type::names,
             .title = "Name (ชื่อ)",
             .doc = "ชื่อหมวด"},
            {.key = "topics",
             .type = Type::list,
             .need = Need::in_effect,
             .item = Type::mapping,
             .spec = &topic(),
             .min_items = 1,
             .title = "Topics (ประเด็นพิจารณา)",
             .doc = "At least one. ประเด็นพิจารณาอย่างน้อยหนึ่งรายการ",
             .meaning = "a module without topics is E014"},
        },
        .def = "module",
    };
    return s;
}

const MapSpec& topic() {
    static const MapSpec s{
        .what = "topic",
        .title = "Topic (ประเด็นพิจารณา)",
        .doc = "ประเด็นพิจารณา",
        .fields = {
            {.key = "code",
             .type = Type::text,
             .need = Need::yes,
             .title = "Topic code (รหัสประเด็น)",
             .doc = "Starts with its module's code and a dot, e.g. SCM.1.1. รหัสประเด็นพิจารณา",
             .meaning = "must start with the module's code and a dot (E031)"},
            {.key = "weight",
             .type = Type::number,
             .need = Need::yes,
             .min = 0,
             .above_min = true,
             .below = {DiagCode::E015, "weight of {key:code} must be above {min}"},
             .title = "Weight (น้ำหนัก)",
             .doc = "Above 0; a module's topic weights sum to 1. น้ำหนัก (รวมกันเท่ากับ 1)",
             .meaning = "above 0; a module's topic weights sum to 1 within 1e-9 (E030)"},
            {.key = "name",
             .type = Type::names,
             .title = "Name (ชื่อ)",
             .doc = "ชื่อประเด็นพิจารณา"},
        },
        .def = "topic",
    };
    return s;
}

const MapSpec& names() {
    static const MapSpec s{
        .what = "names",
        .title = "Names (ชื่อ)",
        .doc = "{th: …, en: …} or plain text (taken as Thai). ชื่อภาษาไทย/อังกฤษ",
        .fields = {
            {.key = "th",
             .type = Type::text,
             .title = "Thai (ภาษาไทย)",
             .doc = "ชื่อภาษาไทย"},
            {.key = "en",
             .type = Type::text,
             .title = "English (ภาษาอังกฤษ)",
             .doc = "ชื่อภาษาอังกฤษ"},
        },
        .def = "names",
    };
    return s;
}

const MapSpec& rules_risk() {
    static const MapSpec s{
        .what = "rules risk",
        .title = "Risk (ความเสี่ยง)",
        .doc = "Threshold and bands. เกณฑ์และระดับความเสี่ยง",
        .fields = {
            {.key = "threshold",
             .type = Type::integer,
             .min = 1,
             .max = 25,
             .below = {DiagCode::E015, "risk threshold must be {min} to {max}, not {value}"},
             .title = "Threshold (เกณฑ์ความเสี่ยงสูง)",
             .doc = "1 to 25, default 12: a risk scoring this or more needs mitigation and monitoring. คะแนนที่ต้องมีมาตรการ",
             .doc_default = "12",
             .meaning = "A risk scoring this or more needs mitigation and monitoring (E040)."},
            {.key = "bands",
             .type = Type::list,
             .item = Type::mapping,
             .spec = &risk_band(),
             .title = "Bands (ระดับความเสี่ยง)",
             .doc = "Cover the scores 1–25 without overlap or hole. ครอบคลุมคะแนน 1–25",
             .doc_default = "the built-in bands",
             .meaning = "Bands must cover scores 1–25 without overlap or hole (E032). Given bands replace the built-in ones as a whole."},
        },
    };
    return s;
}

const MapSpec& risk_band() {
    static const MapSpec s{
        .what = "risk band",
        .title = "Risk band (ระดับความเสี่ยง)",
        .doc = "ช่วงคะแนนของระดับความเสี่ยง",
        .fields = {
            {.key = "min",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 25,
             .below = {DiagCode::E032, "risk band {key:min}–{key:max} must lie within {min}–{max} with min <= max"},
             .title = "Lowest score (คะแนนต่ำสุด)",
             .doc = "Within 1–25. คะแนนต่ำสุดของช่วง",
             .doc_type = "whole number",
             .meaning = "within 1–25, min ≤ max"},
            {.key = "max",
             .type = Type::integer,
             .need = Need::yes,
             .min = 1,
             .max = 25,
             .below = {DiagCode::E032, "risk band {key:min}–{key:max} must lie within {min}–{max} with min <= max"},
             .title = "Highest score (คะแนนสูงสุด)",
             .doc = "Within 1–25. คะแนนสูงสุดของช่วง",
             .doc_type = "whole number",
             .meaning = "within 1–25, min ≤ max"},
            {.key = "name",
             .type = Type::names,
             .need = Need::yes,
             .title = "Name (ชื่อระดับ)",
             .doc = "Shown in reports, e.g. {th: สูง, en: high}. ชื่อระดับความเสี่ยง",
             .meaning = "shown in reports"},
            {.key = "colour",
             .type = Type::text,
             .title = "Colour (สี)",
             .doc = "e.g. \"#c62828\". สีของระดับ",
             .meaning = "e.g. `\"#c62828\"`"},
        },
        .def = "band",
    };
    return s;
}

const MapSpec& rules_report_due() {
    static const MapSpec s{
        .what = "rules report_due",
        .title = "Report due (กำหนดส่งรายงาน)",
        .doc = "When quarterly reports are due. กำหนดส่งรายงานรายไตรมาส",
        .fields = {
            {.key = "working_days_after_quarter",
             .type = Type::integer,
             .need = Need::yes,
             .min = 0,
             .max = 60,
             .below = {DiagCode::E015, "working_days_after_quarter must be {min} to {max}, not {value}"},
             .title = "Working days after the quarter (วันทำการหลังสิ้นไตรมาส)",
             .doc = "0 to 60, default 7. รายงานครบกำหนดกี่วันทำการหลังสิ้นไตรมาส",
             .doc_need = "**yes** when `report_due` is given",
             .doc_default = "7",
             .meaning = "the quarterly report is due this many working days after the quarter's last day"},
        },
    };
    return s;
}

}  // namespace scmplan::format::spec
