from typing import Literal

CreateResidentRequestAttachmentsItemFileType = Literal["Document"]
"""One of Document."""

CREATE_RESIDENT_REQUEST_ATTACHMENTS_ITEM_FILE_TYPE_VALUES: set[CreateResidentRequestAttachmentsItemFileType] = {
    "Document",
}


def check_create_resident_request_attachments_item_file_type(
    value: str,
) -> CreateResidentRequestAttachmentsItemFileType:
    if value in CREATE_RESIDENT_REQUEST_ATTACHMENTS_ITEM_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_ATTACHMENTS_ITEM_FILE_TYPE_VALUES!r}"
    )
