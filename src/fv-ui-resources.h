/* fv-ui-resources.h — the interface's templates and style sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void fv_ui_register_resources (void);
void fv_ui_load_style         (GdkDisplay *display);

G_END_DECLS
