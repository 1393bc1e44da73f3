variable "db_password" {
  type      = string
  sensitive = true
  default   = "fX*oQAFgm!4TeMn%axlc"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_token" {
  type      = string
  sensitive = true
}
