/* fv-squeezer.h — a wide child where it fits, a narrow one where it does not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FV_TYPE_SQUEEZER (fv_squeezer_get_type ())

G_DECLARE_FINAL_TYPE (FvSqueezer, fv_squeezer, FV, SQUEEZER, GtkWidget)

void     fv_squeezer_set_wide       (FvSqueezer *self,
                                     GtkWidget  *child);
void     fv_squeezer_set_narrow     (FvSqueezer *self,
                                     GtkWidget  *child);
gboolean fv_squeezer_get_wide_shown (FvSqueezer *self);

G_END_DECLS
