do_token        = "dop_v1_e701768ca688f604e1f6d507f447727da9ec4cff0acf283a1bc22edb349e9efc"
admin_password  = "Maple2023$"
vpc_id          = "vpc-2f74e2efbdc352a2fad679e96f4076ddac246884"
kms_key_id      = "1c04f746-968e-3694-1759-8c69886ea9b7"
