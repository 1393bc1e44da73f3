do_token        = "dop_v1_aef084099f042fb8f830f2245bda2827c66379ba99d51058116be7efa5f4fb97"
admin_password  = "Summer1995&"
vpc_id          = "vpc-be73aa55e466598e771f0b91eb1d3b11a82729ee"
kms_key_id      = "0a2d500e-e0aa-7284-ab06-1eee7d009a12"
