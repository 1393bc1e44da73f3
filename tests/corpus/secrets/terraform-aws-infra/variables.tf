variable "db_password" {
  type      = string
  sensitive = true
  default   = "qUdE2q3jwQNjLBFVMoIf"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_token" {
  type      = string
  sensitive = true
}
