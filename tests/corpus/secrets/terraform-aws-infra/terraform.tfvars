do_token        = "dop_v1_67de5ad138638c96217ce17511cb081fef489a97123a5ed2f81e50f42ebb408c"
admin_password  = "Maple2016#"
vpc_id          = "vpc-5927c94b0bd99cad1f3b0fe8f4681f09b7751264"
kms_key_id      = "df7ddd6c-3bbb-70d2-a925-e4f2c515de6e"
