// The built-in holiday calendars (holiday_calendar.hpp). Sources of every day:
// docs/holidays.md. A cabinet special day (วันหยุดพิเศษ) is a government day
// that a state enterprise decides for itself: a workspace keeps or drops it
// with `add`/`remove`. Labour Day (1 May) is not a government holiday.
#include "scmplan/holiday_calendar.hpp"

namespace scmplan {

namespace {

constexpr CalendarDay th_government_days[] = {
    // 2566 (2023)
    {2023, 1, 1, "วันขึ้นปีใหม่", "New Year's Day"},
    {2023, 1, 2, "วันหยุดชดเชยวันสิ้นปีและวันขึ้นปีใหม่", "Substitution for New Year's Eve and Day"},
    {2023, 3, 6, "วันมาฆบูชา", "Makha Bucha"},
    {2023, 4, 6, "วันจักรี", "Chakri Memorial Day"},
    {2023, 4, 13, "วันสงกรานต์", "Songkran"},
    {2023, 4, 14, "วันสงกรานต์", "Songkran"},
    {2023, 4, 15, "วันสงกรานต์", "Songkran"},
    {2023, 4, 17, "วันหยุดชดเชยวันสงกรานต์", "Substitution for Songkran"},
    {2023, 5, 4, "วันฉัตรมงคล", "Coronation Day"},
    {2023, 5, 5, "วันหยุดพิเศษ (มติ ครม.)", "Special holiday (cabinet)"},
    {2023, 5, 17, "วันพืชมงคล", "Royal Ploughing Ceremony"},
    {2023, 6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี และวันวิสาขบูชา", "Queen's Birthday and Visakha Bucha"},
    {2023, 6, 5, "วันหยุดชดเชย", "Substitution for 3 June"},
    {2023, 7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King's Birthday"},
    {2023, 7, 31, "วันหยุดพิเศษ (มติ ครม. 25 ก.ค. 2566)", "Special holiday (cabinet, 25 Jul 2023)"},
    {2023, 8, 1, "วันอาสาฬหบูชา", "Asalha Bucha"},
    {2023, 8, 2, "วันเข้าพรรษา", "Buddhist Lent Day"},
    {2023, 8, 12, "วันแม่แห่งชาติ", "Mother's Day"},
    {2023, 8, 14, "วันหยุดชดเชยวันแม่แห่งชาติ", "Substitution for Mother's Day"},
    {2023, 10, 13, "วันคล้ายวันสวรรคต รัชกาลที่ 9", "King Bhumibol Memorial Day"},
    {2023, 10, 23, "วันปิยมหาราช", "Chulalongkorn Day"},
    {2023, 12, 5, "วันพ่อแห่งชาติ", "Father's Day"},
    {2023, 12, 10, "วันรัฐธรรมนูญ", "Constitution Day"},
    {2023, 12, 11, "วันหยุดชดเชยวันรัฐธรรมนูญ", "Substitution for Constitution Day"},
    {2023, 12, 29, "วันหยุดพิเศษ แทนวันหยุดชดเชย 2 ม.ค. 2567 (มติ ครม. 24 ต.ค. 2566)",
     "Special holiday, in place of the 2 Jan 2024 substitution (cabinet, 24 Oct 2023)"},
    {2023, 12, 31, "วันสิ้นปี", "New Year's Eve"},
    // 2567 (2024)
    {2024, 1, 1, "วันขึ้นปีใหม่", "New Year's Day"},
    {2024, 2, 24, "วันมาฆบูชา", "Makha Bucha"},
    {2024, 2, 26, "วันหยุดชดเชยวันมาฆบูชา", "Substitution for Makha Bucha"},
    {2024, 4, 6, "วันจักรี", "Chakri Memorial Day"},
    {2024, 4, 8, "วันหยุดชดเชยวันจักรี", "Substitution for Chakri Memorial Day"},
    {2024, 4, 12, "วันหยุดพิเศษ (มติ ครม. 13 ก.พ. 2567)", "Special holiday (cabinet, 13 Feb 2024)"},
    {2024, 4, 13, "วันสงกรานต์", "Songkran"},
    {2024, 4, 14, "วันสงกรานต์", "Songkran"},
    {2024, 4, 15, "วันสงกรานต์", "Songkran"},
    {2024, 4, 16, "วันหยุดชดเชยวันสงกรานต์", "Substitution for Songkran"},
    {2024, 5, 4, "วันฉัตรมงคล", "Coronation Day"},
    {2024, 5, 6, "วันหยุดชดเชยวันฉัตรมงคล", "Substitution for Coronation Day"},
    {2024, 5, 10, "วันพืชมงคล", "Royal Ploughing Ceremony"},
    {2024, 5, 22, "วันวิสาขบูชา", "Visakha Bucha"},
    {2024, 6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี", "Queen's Birthday"},
    {2024, 7, 20, "วันอาสาฬหบูชา", "Asalha Bucha"},
    {2024, 7, 21, "วันเข้าพรรษา", "Buddhist Lent Day"},
    {2024, 7, 22, "วันหยุดชดเชยวันอาสาฬหบูชา", "Substitution for Asalha Bucha"},
    {2024, 7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King's Birthday"},
    {2024, 7, 29, "วันหยุดชดเชยวันเฉลิมพระชนมพรรษา", "Substitution for the King's Birthday"},
    {2024, 8, 12, "วันแม่แห่งชาติ", "Mother's Day"},
    {2024, 10, 13, "วันคล้ายวันสวรรคต รัชกาลที่ 9", "King Bhumibol Memorial Day"},
    {2024, 10, 14, "วันหยุดชดเชยวันคล้ายวันสวรรคต รัชกาลที่ 9", "Substitution for King Bhumibol Memorial Day"},
    {2024, 10, 23, "วันปิยมหาราช", "Chulalongkorn Day"},
    {2024, 12, 5, "วันพ่อแห่งชาติ", "Father's Day"},
    {2024, 12, 10, "วันรัฐธรรมนูญ", "Constitution Day"},
    {2024, 12, 30, "วันหยุดพิเศษ (มติ ครม. 24 ต.ค. 2566)", "Special holiday (cabinet, 24 Oct 2023)"},
    {2024, 12, 31, "วันสิ้นปี", "New Year's Eve"},
    // 2568 (2025)
    {2025, 1, 1, "วันขึ้นปีใหม่", "New Year's Day"},
    {2025, 2, 12, "วันมาฆบูชา", "Makha Bucha"},
    {2025, 4, 6, "วันจักรี", "Chakri Memorial Day"},
    {2025, 4, 7, "วันหยุดชดเชยวันจักรี", "Substitution for Chakri Memorial Day"},
    {2025, 4, 13, "วันสงกรานต์", "Songkran"},
    {2025, 4, 14, "วันสงกรานต์", "Songkran"},
    {2025, 4, 15, "วันสงกรานต์", "Songkran"},
    {2025, 4, 16, "วันหยุดชดเชยวันสงกรานต์", "Substitution for Songkran"},
    {2025, 5, 4, "วันฉัตรมงคล", "Coronation Day"},
    {2025, 5, 5, "วันหยุดชดเชยวันฉัตรมงคล", "Substitution for Coronation Day"},
    {2025, 5, 9, "วันพืชมงคล", "Royal Ploughing Ceremony"},
    {2025, 5, 11, "วันวิสาขบูชา", "Visakha Bucha"},
    {2025, 5, 12, "วันหยุดชดเชยวันวิสาขบูชา", "Substitution for Visakha Bucha"},
    {2025, 6, 2, "วันหยุดพิเศษ (มติ ครม. 12 พ.ย. 2567)", "Special holiday (cabinet, 12 Nov 2024)"},
    {2025, 6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี", "Queen's Birthday"},
    {2025, 7, 10, "วันอาสาฬหบูชา", "Asalha Bucha"},
    {2025, 7, 11, "วันเข้าพรรษา", "Buddhist Lent Day"},
    {2025, 7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King's Birthday"},
    {2025, 8, 11, "วันหยุดพิเศษ (มติ ครม. 12 พ.ย. 2567)", "Special holiday (cabinet, 12 Nov 2024)"},
    {2025, 8, 12, "วันแม่แห่งชาติ", "Mother's Day"},
    {2025, 10, 13, "วันคล้ายวันสวรรคต รัชกาลที่ 9", "King Bhumibol Memorial Day"},
    {2025, 10, 23, "วันปิยมหาราช", "Chulalongkorn Day"},
    {2025, 12, 5, "วันพ่อแห่งชาติ", "Father's Day"},
    {2025, 12, 10, "วันรัฐธรรมนูญ", "Constitution Day"},
    {2025, 12, 31, "วันสิ้นปี", "New Year's Eve"},
    // Decided with 2568's calendar (cabinet, 12 Nov 2024); 2569 is not covered otherwise.
    {2026, 1, 2, "วันหยุดพิเศษ (มติ ครม. 12 พ.ย. 2567)", "Special holiday (cabinet, 12 Nov 2024)"},
};

constexpr HolidayCalendar calendars[] = {
    {"th-government", "Thai government public holidays (วันหยุดราชการ) 2566–2568, cabinet special and substitution days included",
     2023, 2025, th_government_days},
};

}  // namespace

std::span<const HolidayCalendar> holiday_calendars() { return calendars; }

const HolidayCalendar* find_holiday_calendar(std::string_view name) {
    for (const HolidayCalendar& c : calendars)
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace scmplan
