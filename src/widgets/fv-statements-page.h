/* fv-statements-page.h — the tab of what the people of the story said
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-page.h"

G_BEGIN_DECLS

#define FV_TYPE_STATEMENTS_PAGE (fv_statements_page_get_type ())

G_DECLARE_FINAL_TYPE (FvStatementsPage, fv_statements_page, FV, STATEMENTS_PAGE, FvPage)

G_END_DECLS
