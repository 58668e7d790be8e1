/* fv-row-layout.h — a list row's children stacked, measured only for height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FV_TYPE_ROW_LAYOUT (fv_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (FvRowLayout, fv_row_layout, FV, ROW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *fv_row_layout_new (int spacing);

G_END_DECLS
