// The official memo (บันทึกข้อความ) that heads a report, docs/docx.md#the-memo:
// what it says, worded once from the computed reports, and set by each
// format (Word: docx_memo.cpp, HTML: html_memo.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scmplan/labels.hpp"
#include "scmplan/model.hpp"
#include "scmplan/report.hpp"

namespace scmplan {

/// What the memo says of the report it heads: the writing unit when the
/// workspace's memo names none, the subject, the attachment, and the body's
/// paragraphs before the closing.
struct MemoText {
    std::string department;
    std::string subject;
    std::string enclosure;
    std::vector<std::string> paragraphs;
};

/// The memo of the quarterly (or as-of) reports: the reason (each plan, its
/// period), the report (each plan's completion sentence, the executive
/// summary's own, and the counts of what needs the director's attention).
MemoText report_memo_text(const std::vector<PlanReport>& reports, const Model& m, Lang lang);

/// The memo as an HTML <section class="memo">: the form's header lines, body,
/// closing of `s.for_decision`, signer and the director's box; what `s` leaves
/// empty is a dotted line. Printed alone on the first page.
std::string memo_html(const MemoText& t, const MemoSettings& s, Lang lang);
/// The style sheet memo_html's section needs (added to the document's own).
std::string_view memo_css();

}  // namespace scmplan
