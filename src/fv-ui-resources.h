/* fv-ui-resources.h — the interface's templates, style sheet and icons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void fv_ui_register_resources (void);

G_END_DECLS
