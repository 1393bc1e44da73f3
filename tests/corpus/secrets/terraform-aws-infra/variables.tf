variable "db_password" {
  type      = string
  sensitive = true
  default   = "DgdQs22fvqwwIGbQAyfv"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_token" {
  type      = string
  sensitive = true
}
