variable "db_password" {
  type      = string
  sensitive = true
  default   = "JnVIsYd1LP7rtxZPZCDH"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_token" {
  type      = string
  sensitive = true
}
