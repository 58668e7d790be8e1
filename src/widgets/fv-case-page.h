/* fv-case-page.h — the tab of the case study
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-page.h"

G_BEGIN_DECLS

#define FV_TYPE_CASE_PAGE (fv_case_page_get_type ())

G_DECLARE_FINAL_TYPE (FvCasePage, fv_case_page, FV, CASE_PAGE, FvPage)

G_END_DECLS
